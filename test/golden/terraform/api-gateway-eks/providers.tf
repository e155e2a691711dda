provider "aws" {
  alias  = "api_ap_northeast_2"
  region = var.region_api_ap_northeast_2

  assume_role {
    role_arn = "arn:aws:iam::${var.account_id_api}:role/${var.role_name_api}"
  }

  default_tags {
    tags = var.default_tags
  }
}
