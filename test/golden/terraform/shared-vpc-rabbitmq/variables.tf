variable "account_id_dept_a" {
  description = "AWS account number (12 digits) of the \"dept-a\" account"
  type        = string
  default     = "222222222222"

  validation {
    condition     = can(regex("^[0-9]{12}$", var.account_id_dept_a))
    error_message = "The value of account_id_dept_a must be a 12-digit AWS account number."
  }
}

variable "orders_mq_username" {
  description = "Administrator user name of an Amazon MQ broker"
  type        = string
  default     = "admin"
}

variable "orders_mq_password" {
  description = "Administrator password of an Amazon MQ broker (12 to 250 characters, no commas, colons or equals signs)"
  type        = string
  sensitive   = true

  validation {
    condition     = length(var.orders_mq_password) >= 12 && length(var.orders_mq_password) <= 250 && !can(regex("[,:=]", var.orders_mq_password))
    error_message = "The value of orders_mq_password must be 12 to 250 characters with no comma, colon or equals sign."
  }
}

variable "ami_linux_ap_northeast_2" {
  description = "AMI id for linux instances in ap-northeast-2"
  type        = string
}

variable "orders_svc_image" {
  description = "Container image of an ECS service"
  type        = string
}

variable "default_tags" {
  description = "Tags every resource gets from the providers (default_tags), on top of its own"
  type        = map(string)
  default = {
    ManagedBy = "Terraform"
    Design    = "Shared VPC and a RabbitMQ broker"
  }
}

variable "role_name_dept_a" {
  description = "IAM role Terraform assumes in the \"dept-a\" account (it must exist and trust your credentials)"
  type        = string
  default     = "OrganizationAccountAccessRole"

  validation {
    condition     = can(regex("^[A-Za-z0-9+=,.@_-]{1,64}$", var.role_name_dept_a))
    error_message = "The value of role_name_dept_a must be an IAM role name: 1 to 64 letters, digits or +=,.@_-."
  }
}

variable "region_dept_a_ap_northeast_2" {
  description = "AWS region of the \"dept-a\" account's resources the design places in ap-northeast-2 (availability zones in the files name it)"
  type        = string
  default     = "ap-northeast-2"

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]+$", var.region_dept_a_ap_northeast_2))
    error_message = "The value of region_dept_a_ap_northeast_2 must be an AWS region name such as ap-northeast-2."
  }
}

variable "role_name_network" {
  description = "IAM role Terraform assumes in the \"network\" account (it must exist and trust your credentials)"
  type        = string
  default     = "OrganizationAccountAccessRole"

  validation {
    condition     = can(regex("^[A-Za-z0-9+=,.@_-]{1,64}$", var.role_name_network))
    error_message = "The value of role_name_network must be an IAM role name: 1 to 64 letters, digits or +=,.@_-."
  }
}

variable "account_id_network" {
  description = "AWS account number (12 digits) of the \"network\" account"
  type        = string
  default     = "111111111111"

  validation {
    condition     = can(regex("^[0-9]{12}$", var.account_id_network))
    error_message = "The value of account_id_network must be a 12-digit AWS account number."
  }
}

variable "region_network_ap_northeast_2" {
  description = "AWS region of the \"network\" account's resources the design places in ap-northeast-2 (availability zones in the files name it)"
  type        = string
  default     = "ap-northeast-2"

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]+$", var.region_network_ap_northeast_2))
    error_message = "The value of region_network_ap_northeast_2 must be an AWS region name such as ap-northeast-2."
  }
}
