provider "aws" {
  alias  = "team_ecs_ap_northeast_2"
  region = var.region_team_ecs_ap_northeast_2

  assume_role {
    role_arn = "arn:aws:iam::${var.account_id_team_ecs}:role/${var.role_name_team_ecs}"
  }

  default_tags {
    tags = var.default_tags
  }
}

provider "aws" {
  alias  = "team_eks_ap_northeast_2"
  region = var.region_team_eks_ap_northeast_2

  assume_role {
    role_arn = "arn:aws:iam::${var.account_id_team_eks}:role/${var.role_name_team_eks}"
  }

  default_tags {
    tags = var.default_tags
  }
}
