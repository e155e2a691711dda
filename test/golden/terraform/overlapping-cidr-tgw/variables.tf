variable "account_id_team_ecs" {
  description = "AWS account number (12 digits) of the \"team-ecs\" account"
  type        = string
  default     = "555555555555"

  validation {
    condition     = can(regex("^[0-9]{12}$", var.account_id_team_ecs))
    error_message = "The value of account_id_team_ecs must be a 12-digit AWS account number."
  }
}

variable "vpc_b_orders_image" {
  description = "Container image of an ECS service"
  type        = string
}

variable "default_tags" {
  description = "Tags every resource gets from the providers (default_tags), on top of its own"
  type        = map(string)
  default = {
    ManagedBy = "Terraform"
    Design    = "Overlapping CIDRs: private NAT and a transit gateway"
  }
}

variable "role_name_team_ecs" {
  description = "IAM role Terraform assumes in the \"team-ecs\" account (it must exist and trust your credentials)"
  type        = string
  default     = "OrganizationAccountAccessRole"

  validation {
    condition     = can(regex("^[A-Za-z0-9+=,.@_-]{1,64}$", var.role_name_team_ecs))
    error_message = "The value of role_name_team_ecs must be an IAM role name: 1 to 64 letters, digits or +=,.@_-."
  }
}

variable "region_team_ecs_ap_northeast_2" {
  description = "AWS region of the \"team-ecs\" account's resources the design places in ap-northeast-2 (availability zones in the files name it)"
  type        = string
  default     = "ap-northeast-2"

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]+$", var.region_team_ecs_ap_northeast_2))
    error_message = "The value of region_team_ecs_ap_northeast_2 must be an AWS region name such as ap-northeast-2."
  }
}

variable "role_name_team_eks" {
  description = "IAM role Terraform assumes in the \"team-eks\" account (it must exist and trust your credentials)"
  type        = string
  default     = "OrganizationAccountAccessRole"

  validation {
    condition     = can(regex("^[A-Za-z0-9+=,.@_-]{1,64}$", var.role_name_team_eks))
    error_message = "The value of role_name_team_eks must be an IAM role name: 1 to 64 letters, digits or +=,.@_-."
  }
}

variable "account_id_team_eks" {
  description = "AWS account number (12 digits) of the \"team-eks\" account"
  type        = string
  default     = "444444444444"

  validation {
    condition     = can(regex("^[0-9]{12}$", var.account_id_team_eks))
    error_message = "The value of account_id_team_eks must be a 12-digit AWS account number."
  }
}

variable "region_team_eks_ap_northeast_2" {
  description = "AWS region of the \"team-eks\" account's resources the design places in ap-northeast-2 (availability zones in the files name it)"
  type        = string
  default     = "ap-northeast-2"

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]+$", var.region_team_eks_ap_northeast_2))
    error_message = "The value of region_team_eks_ap_northeast_2 must be an AWS region name such as ap-northeast-2."
  }
}
