provider "aws" {
  alias  = "prod_ap_northeast_2"
  region = var.region_prod_ap_northeast_2

  assume_role {
    role_arn = "arn:aws:iam::${var.account_id_prod}:role/${var.role_name_prod}"
  }

  default_tags {
    tags = var.default_tags
  }
}
