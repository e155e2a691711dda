variable "ami_linux_ap_northeast_2" {
  description = "AMI id for linux instances in ap-northeast-2"
  type        = string
}

variable "ami_linux_ap_northeast_1" {
  description = "AMI id for linux instances in ap-northeast-1"
  type        = string
}

variable "default_tags" {
  description = "Tags every resource gets from the providers (default_tags), on top of its own"
  type        = map(string)
  default = {
    ManagedBy = "Terraform"
    Design    = "Hybrid in two regions"
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
  default     = "444444444444"

  validation {
    condition     = can(regex("^[0-9]{12}$", var.account_id_network))
    error_message = "The value of account_id_network must be a 12-digit AWS account number."
  }
}

variable "region_network_ap_northeast_1" {
  description = "AWS region of the \"network\" account's resources the design places in ap-northeast-1 (availability zones in the files name it)"
  type        = string
  default     = "ap-northeast-1"

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]+$", var.region_network_ap_northeast_1))
    error_message = "The value of region_network_ap_northeast_1 must be an AWS region name such as ap-northeast-1."
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
