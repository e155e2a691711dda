provider "aws" {
  alias  = "team_ecs_ap_northeast_2"
  region = "ap-northeast-2"

  assume_role {
    role_arn = "arn:aws:iam::555555555555:role/OrganizationAccountAccessRole"
  }
}

provider "aws" {
  alias  = "team_eks_ap_northeast_2"
  region = "ap-northeast-2"

  assume_role {
    role_arn = "arn:aws:iam::444444444444:role/OrganizationAccountAccessRole"
  }
}
