provider "aws" {
  alias  = "app_ap_northeast_1"
  region = var.region_app_ap_northeast_1

  assume_role {
    role_arn = "arn:aws:iam::${var.account_id_app}:role/${var.role_name_app}"
  }

  default_tags {
    tags = var.default_tags
  }
}

provider "aws" {
  alias  = "app_ap_northeast_2"
  region = var.region_app_ap_northeast_2

  assume_role {
    role_arn = "arn:aws:iam::${var.account_id_app}:role/${var.role_name_app}"
  }

  default_tags {
    tags = var.default_tags
  }
}

provider "aws" {
  alias  = "net_ap_northeast_2"
  region = var.region_net_ap_northeast_2

  assume_role {
    role_arn = "arn:aws:iam::${var.account_id_net}:role/${var.role_name_net}"
  }

  default_tags {
    tags = var.default_tags
  }
}
