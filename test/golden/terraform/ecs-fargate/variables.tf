variable "account_id_opsnow" {
  description = "AWS account number (12 digits) of the \"opsnow\" account"
  type        = string
  default     = "666666666666"

  validation {
    condition     = can(regex("^[0-9]{12}$", var.account_id_opsnow))
    error_message = "The value of account_id_opsnow must be a 12-digit AWS account number."
  }
}

variable "default_tags" {
  description = "Tags every resource gets from the providers (default_tags), on top of its own"
  type        = map(string)
  default = {
    ManagedBy = "Terraform"
    Design    = "ECS on Fargate rather than Kubernetes"
  }
}

variable "role_name_opsnow" {
  description = "IAM role Terraform assumes in the \"opsnow\" account (it must exist and trust your credentials)"
  type        = string
  default     = "OrganizationAccountAccessRole"

  validation {
    condition     = can(regex("^[A-Za-z0-9+=,.@_-]{1,64}$", var.role_name_opsnow))
    error_message = "The value of role_name_opsnow must be an IAM role name: 1 to 64 letters, digits or +=,.@_-."
  }
}

variable "region_opsnow_ap_northeast_2" {
  description = "AWS region of the \"opsnow\" account's resources the design places in ap-northeast-2 (availability zones in the files name it)"
  type        = string
  default     = "ap-northeast-2"

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]+$", var.region_opsnow_ap_northeast_2))
    error_message = "The value of region_opsnow_ap_northeast_2 must be an AWS region name such as ap-northeast-2."
  }
}
