variable "account_id_app" {
  description = "AWS account number (12 digits) of the \"workload\" account"
  type        = string

  validation {
    condition     = can(regex("^[0-9]{12}$", var.account_id_app))
    error_message = "The value of account_id_app must be a 12-digit AWS account number."
  }
}

variable "nlb_certificate_arn" {
  description = "ACM certificate ARN for a TLS or HTTPS listener"
  type        = string
}

variable "alb_certificate_arn" {
  description = "ACM certificate ARN for a TLS or HTTPS listener"
  type        = string
}

variable "mq_username" {
  description = "Administrator user name of an Amazon MQ broker"
  type        = string
  default     = "admin"
}

variable "mq_password" {
  description = "Administrator password of an Amazon MQ broker (12 to 250 characters, no commas, colons or equals signs)"
  type        = string
  sensitive   = true

  validation {
    condition     = length(var.mq_password) >= 12 && length(var.mq_password) <= 250 && !can(regex("[,:=]", var.mq_password))
    error_message = "The value of mq_password must be 12 to 250 characters with no comma, colon or equals sign."
  }
}

variable "mq_active_username" {
  description = "Administrator user name of an Amazon MQ broker"
  type        = string
  default     = "admin"
}

variable "mq_active_password" {
  description = "Administrator password of an Amazon MQ broker (12 to 250 characters, no commas, colons or equals signs)"
  type        = string
  sensitive   = true

  validation {
    condition     = length(var.mq_active_password) >= 12 && length(var.mq_active_password) <= 250 && !can(regex("[,:=]", var.mq_active_password))
    error_message = "The value of mq_active_password must be 12 to 250 characters with no comma, colon or equals sign."
  }
}

variable "ami_linux_ap_northeast_2" {
  description = "AMI id for linux instances in ap-northeast-2"
  type        = string
}

variable "ami_windows_ap_northeast_2" {
  description = "AMI id for windows instances in ap-northeast-2"
  type        = string
}

variable "ecs_ec2_image" {
  description = "Container image of an ECS service"
  type        = string
}

variable "fn_package" {
  description = "Path to the deployment package (zip) of a Lambda function"
  type        = string
}

variable "fn_edge_package" {
  description = "Path to the deployment package (zip) of a Lambda function"
  type        = string
}

variable "default_tags" {
  description = "Tags every resource gets from the providers (default_tags), on top of its own"
  type        = map(string)
  default = {
    ManagedBy = "Terraform"
    Design    = "every kind"
  }
}

variable "role_name_app" {
  description = "IAM role Terraform assumes in the \"workload\" account (it must exist and trust your credentials)"
  type        = string
  default     = "OrganizationAccountAccessRole"

  validation {
    condition     = can(regex("^[A-Za-z0-9+=,.@_-]{1,64}$", var.role_name_app))
    error_message = "The value of role_name_app must be an IAM role name: 1 to 64 letters, digits or +=,.@_-."
  }
}

variable "region_app_ap_northeast_1" {
  description = "AWS region of the \"workload\" account's resources the design places in ap-northeast-1 (availability zones in the files name it)"
  type        = string
  default     = "ap-northeast-1"

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]+$", var.region_app_ap_northeast_1))
    error_message = "The value of region_app_ap_northeast_1 must be an AWS region name such as ap-northeast-1."
  }
}

variable "region_app_ap_northeast_2" {
  description = "AWS region of the \"workload\" account's resources the design places in ap-northeast-2 (availability zones in the files name it)"
  type        = string
  default     = "ap-northeast-2"

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]+$", var.region_app_ap_northeast_2))
    error_message = "The value of region_app_ap_northeast_2 must be an AWS region name such as ap-northeast-2."
  }
}

variable "role_name_net" {
  description = "IAM role Terraform assumes in the \"network\" account (it must exist and trust your credentials)"
  type        = string
  default     = "LandingZoneAdmin"

  validation {
    condition     = can(regex("^[A-Za-z0-9+=,.@_-]{1,64}$", var.role_name_net))
    error_message = "The value of role_name_net must be an IAM role name: 1 to 64 letters, digits or +=,.@_-."
  }
}

variable "account_id_net" {
  description = "AWS account number (12 digits) of the \"network\" account"
  type        = string
  default     = "111111111111"

  validation {
    condition     = can(regex("^[0-9]{12}$", var.account_id_net))
    error_message = "The value of account_id_net must be a 12-digit AWS account number."
  }
}

variable "region_net_ap_northeast_2" {
  description = "AWS region of the \"network\" account's resources the design places in ap-northeast-2 (availability zones in the files name it)"
  type        = string
  default     = "ap-northeast-2"

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]+$", var.region_net_ap_northeast_2))
    error_message = "The value of region_net_ap_northeast_2 must be an AWS region name such as ap-northeast-2."
  }
}
