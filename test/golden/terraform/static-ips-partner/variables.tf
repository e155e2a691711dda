variable "ami_linux_ap_northeast_2" {
  description = "AMI id for linux instances in ap-northeast-2"
  type        = string
}

variable "default_tags" {
  description = "Tags every resource gets from the providers (default_tags), on top of its own"
  type        = map(string)
  default = {
    ManagedBy = "Terraform"
    Design    = "Static IPs for a partner firewall"
  }
}

variable "role_name_prod" {
  description = "IAM role Terraform assumes in the \"prod\" account (it must exist and trust your credentials)"
  type        = string
  default     = "OrganizationAccountAccessRole"

  validation {
    condition     = can(regex("^[A-Za-z0-9+=,.@_-]{1,64}$", var.role_name_prod))
    error_message = "The value of role_name_prod must be an IAM role name: 1 to 64 letters, digits or +=,.@_-."
  }
}

variable "account_id_prod" {
  description = "AWS account number (12 digits) of the \"prod\" account"
  type        = string
  default     = "333333333333"

  validation {
    condition     = can(regex("^[0-9]{12}$", var.account_id_prod))
    error_message = "The value of account_id_prod must be a 12-digit AWS account number."
  }
}

variable "region_prod_ap_northeast_2" {
  description = "AWS region of the \"prod\" account's resources the design places in ap-northeast-2 (availability zones in the files name it)"
  type        = string
  default     = "ap-northeast-2"

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]+$", var.region_prod_ap_northeast_2))
    error_message = "The value of region_prod_ap_northeast_2 must be an AWS region name such as ap-northeast-2."
  }
}
