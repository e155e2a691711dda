provider "aws" {
  alias  = "opsnow_ap_northeast_2"
  region = "ap-northeast-2"

  assume_role {
    role_arn = "arn:aws:iam::666666666666:role/OrganizationAccountAccessRole"
  }
}
