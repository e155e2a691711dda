provider "aws" {
  alias  = "opsnow_ap_northeast_2"
  region = var.region_opsnow_ap_northeast_2

  assume_role {
    role_arn = "arn:aws:iam::${var.account_id_opsnow}:role/${var.role_name_opsnow}"
  }

  default_tags {
    tags = var.default_tags
  }
}
