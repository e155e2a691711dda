provider "aws" {
  alias  = "network_ap_northeast_1"
  region = var.region_network_ap_northeast_1

  assume_role {
    role_arn = "arn:aws:iam::${var.account_id_network}:role/${var.role_name_network}"
  }

  default_tags {
    tags = var.default_tags
  }
}

provider "aws" {
  alias  = "network_ap_northeast_2"
  region = var.region_network_ap_northeast_2

  assume_role {
    role_arn = "arn:aws:iam::${var.account_id_network}:role/${var.role_name_network}"
  }

  default_tags {
    tags = var.default_tags
  }
}
