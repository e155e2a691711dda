provider "aws" {
  alias  = "api_ap_northeast_2"
  region = "ap-northeast-2"

  assume_role {
    role_arn = "arn:aws:iam::777777777777:role/OrganizationAccountAccessRole"
  }
}
