provider "aws" {
  alias  = "app_ap_northeast_1"
  region = "ap-northeast-1"

  assume_role {
    role_arn = "arn:aws:iam::${var.account_id_app}:role/OrganizationAccountAccessRole"
  }
}

provider "aws" {
  alias  = "app_ap_northeast_2"
  region = "ap-northeast-2"

  assume_role {
    role_arn = "arn:aws:iam::${var.account_id_app}:role/OrganizationAccountAccessRole"
  }
}

provider "aws" {
  alias  = "net_ap_northeast_2"
  region = "ap-northeast-2"

  assume_role {
    role_arn = "arn:aws:iam::111111111111:role/LandingZoneAdmin"
  }
}
