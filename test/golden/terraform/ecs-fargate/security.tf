# Security groups and network ACLs.

resource "aws_default_security_group" "default" {
  provider = aws.opsnow_ap_northeast_2
  vpc_id   = aws_vpc.opsnow.id

  ingress {
    protocol  = "-1"
    from_port = 0
    to_port   = 0
    self      = true
  }

  egress {
    protocol    = "-1"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"]
  }

  tags = {
    Name = "default"
  }
}

resource "aws_security_group" "internal_alb" {
  provider    = aws.opsnow_ap_northeast_2
  name        = "internal alb"
  description = "Managed by Terraform"
  vpc_id      = aws_vpc.opsnow.id

  tags = {
    Name = "internal alb"
  }
}

resource "aws_vpc_security_group_ingress_rule" "internal_alb_ingress_1" {
  provider          = aws.opsnow_ap_northeast_2
  security_group_id = aws_security_group.internal_alb.id
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_ipv4         = "10.40.0.0/16"

  tags = {
    Name = "internal alb"
  }
}

resource "aws_vpc_security_group_ingress_rule" "internal_alb_ingress_2" {
  provider          = aws.opsnow_ap_northeast_2
  security_group_id = aws_security_group.internal_alb.id
  ip_protocol       = "tcp"
  from_port         = 8080
  to_port           = 8080
  cidr_ipv4         = "10.40.0.0/16"

  tags = {
    Name = "internal alb"
  }
}

resource "aws_vpc_security_group_ingress_rule" "internal_alb_ingress_3" {
  provider          = aws.opsnow_ap_northeast_2
  security_group_id = aws_security_group.internal_alb.id
  ip_protocol       = "tcp"
  from_port         = 8081
  to_port           = 8081
  cidr_ipv4         = "10.40.0.0/16"

  tags = {
    Name = "internal alb"
  }
}

resource "aws_vpc_security_group_egress_rule" "internal_alb_egress_1" {
  provider          = aws.opsnow_ap_northeast_2
  security_group_id = aws_security_group.internal_alb.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"

  tags = {
    Name = "internal alb"
  }
}

resource "aws_security_group" "web" {
  provider    = aws.opsnow_ap_northeast_2
  name        = "web"
  description = "Managed by Terraform"
  vpc_id      = aws_vpc.opsnow.id

  tags = {
    Name = "web"
  }
}

resource "aws_vpc_security_group_ingress_rule" "web_ingress_1" {
  provider                     = aws.opsnow_ap_northeast_2
  security_group_id            = aws_security_group.web.id
  description                  = "from the ALB"
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
  referenced_security_group_id = aws_security_group.internal_alb.id

  tags = {
    Name = "web"
  }
}

resource "aws_vpc_security_group_egress_rule" "web_egress_1" {
  provider          = aws.opsnow_ap_northeast_2
  security_group_id = aws_security_group.web.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"

  tags = {
    Name = "web"
  }
}

resource "aws_security_group" "api" {
  provider    = aws.opsnow_ap_northeast_2
  name        = "api"
  description = "Managed by Terraform"
  vpc_id      = aws_vpc.opsnow.id

  tags = {
    Name = "api"
  }
}

resource "aws_vpc_security_group_ingress_rule" "api_ingress_1" {
  provider                     = aws.opsnow_ap_northeast_2
  security_group_id            = aws_security_group.api.id
  description                  = "from the ALB"
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
  referenced_security_group_id = aws_security_group.internal_alb.id

  tags = {
    Name = "api"
  }
}

resource "aws_vpc_security_group_ingress_rule" "api_ingress_2" {
  provider                     = aws.opsnow_ap_northeast_2
  security_group_id            = aws_security_group.api.id
  description                  = "web calls api through Cloud Map"
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
  referenced_security_group_id = aws_security_group.web.id

  tags = {
    Name = "api"
  }
}

resource "aws_vpc_security_group_egress_rule" "api_egress_1" {
  provider          = aws.opsnow_ap_northeast_2
  security_group_id = aws_security_group.api.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"

  tags = {
    Name = "api"
  }
}

resource "aws_security_group" "billing" {
  provider    = aws.opsnow_ap_northeast_2
  name        = "billing"
  description = "Managed by Terraform"
  vpc_id      = aws_vpc.opsnow.id

  tags = {
    Name = "billing"
  }
}

resource "aws_vpc_security_group_ingress_rule" "billing_ingress_1" {
  provider                     = aws.opsnow_ap_northeast_2
  security_group_id            = aws_security_group.billing.id
  description                  = "from the ALB"
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
  referenced_security_group_id = aws_security_group.internal_alb.id

  tags = {
    Name = "billing"
  }
}

resource "aws_vpc_security_group_ingress_rule" "billing_ingress_2" {
  provider                     = aws.opsnow_ap_northeast_2
  security_group_id            = aws_security_group.billing.id
  description                  = "api calls billing through Cloud Map"
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
  referenced_security_group_id = aws_security_group.api.id

  tags = {
    Name = "billing"
  }
}

resource "aws_vpc_security_group_egress_rule" "billing_egress_1" {
  provider          = aws.opsnow_ap_northeast_2
  security_group_id = aws_security_group.billing.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"

  tags = {
    Name = "billing"
  }
}

resource "aws_default_network_acl" "opsnow_default" {
  provider               = aws.opsnow_ap_northeast_2
  default_network_acl_id = aws_vpc.opsnow.default_network_acl_id

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    from_port  = 0
    to_port    = 0
    cidr_block = "0.0.0.0/0"
  }

  egress {
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    from_port  = 0
    to_port    = 0
    cidr_block = "0.0.0.0/0"
  }

  tags = {
    Name = "opsnow default"
  }
}
