# Security groups and network ACLs.

resource "aws_default_security_group" "opsnow_vpc_sg_default" {
  provider = aws.opsnow_ap_northeast_2
  vpc_id   = aws_vpc.opsnow_vpc.id

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

resource "aws_security_group" "alb_sg" {
  provider    = aws.opsnow_ap_northeast_2
  name        = "internal alb"
  description = "Managed by Terraform"
  vpc_id      = aws_vpc.opsnow_vpc.id

  tags = {
    Name = "internal alb"
  }
}

resource "aws_vpc_security_group_ingress_rule" "alb_sg_ingress_1" {
  provider          = aws.opsnow_ap_northeast_2
  security_group_id = aws_security_group.alb_sg.id
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_ipv4         = "10.40.0.0/16"

  tags = {
    Name = "internal alb"
  }
}

resource "aws_vpc_security_group_ingress_rule" "alb_sg_ingress_2" {
  provider          = aws.opsnow_ap_northeast_2
  security_group_id = aws_security_group.alb_sg.id
  ip_protocol       = "tcp"
  from_port         = 8080
  to_port           = 8080
  cidr_ipv4         = "10.40.0.0/16"

  tags = {
    Name = "internal alb"
  }
}

resource "aws_vpc_security_group_ingress_rule" "alb_sg_ingress_3" {
  provider          = aws.opsnow_ap_northeast_2
  security_group_id = aws_security_group.alb_sg.id
  ip_protocol       = "tcp"
  from_port         = 8081
  to_port           = 8081
  cidr_ipv4         = "10.40.0.0/16"

  tags = {
    Name = "internal alb"
  }
}

resource "aws_vpc_security_group_egress_rule" "alb_sg_egress_1" {
  provider          = aws.opsnow_ap_northeast_2
  security_group_id = aws_security_group.alb_sg.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"

  tags = {
    Name = "internal alb"
  }
}

resource "aws_security_group" "web_sg" {
  provider    = aws.opsnow_ap_northeast_2
  name        = "web"
  description = "Managed by Terraform"
  vpc_id      = aws_vpc.opsnow_vpc.id

  tags = {
    Name = "web"
  }
}

resource "aws_vpc_security_group_ingress_rule" "web_sg_ingress_1" {
  provider                     = aws.opsnow_ap_northeast_2
  security_group_id            = aws_security_group.web_sg.id
  description                  = "from the ALB"
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
  referenced_security_group_id = aws_security_group.alb_sg.id

  tags = {
    Name = "web"
  }
}

resource "aws_vpc_security_group_egress_rule" "web_sg_egress_1" {
  provider          = aws.opsnow_ap_northeast_2
  security_group_id = aws_security_group.web_sg.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"

  tags = {
    Name = "web"
  }
}

resource "aws_security_group" "api_sg" {
  provider    = aws.opsnow_ap_northeast_2
  name        = "api"
  description = "Managed by Terraform"
  vpc_id      = aws_vpc.opsnow_vpc.id

  tags = {
    Name = "api"
  }
}

resource "aws_vpc_security_group_ingress_rule" "api_sg_ingress_1" {
  provider                     = aws.opsnow_ap_northeast_2
  security_group_id            = aws_security_group.api_sg.id
  description                  = "from the ALB"
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
  referenced_security_group_id = aws_security_group.alb_sg.id

  tags = {
    Name = "api"
  }
}

resource "aws_vpc_security_group_ingress_rule" "api_sg_ingress_2" {
  provider                     = aws.opsnow_ap_northeast_2
  security_group_id            = aws_security_group.api_sg.id
  description                  = "web calls api through Cloud Map"
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
  referenced_security_group_id = aws_security_group.web_sg.id

  tags = {
    Name = "api"
  }
}

resource "aws_vpc_security_group_egress_rule" "api_sg_egress_1" {
  provider          = aws.opsnow_ap_northeast_2
  security_group_id = aws_security_group.api_sg.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"

  tags = {
    Name = "api"
  }
}

resource "aws_security_group" "billing_sg" {
  provider    = aws.opsnow_ap_northeast_2
  name        = "billing"
  description = "Managed by Terraform"
  vpc_id      = aws_vpc.opsnow_vpc.id

  tags = {
    Name = "billing"
  }
}

resource "aws_vpc_security_group_ingress_rule" "billing_sg_ingress_1" {
  provider                     = aws.opsnow_ap_northeast_2
  security_group_id            = aws_security_group.billing_sg.id
  description                  = "from the ALB"
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
  referenced_security_group_id = aws_security_group.alb_sg.id

  tags = {
    Name = "billing"
  }
}

resource "aws_vpc_security_group_ingress_rule" "billing_sg_ingress_2" {
  provider                     = aws.opsnow_ap_northeast_2
  security_group_id            = aws_security_group.billing_sg.id
  description                  = "api calls billing through Cloud Map"
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
  referenced_security_group_id = aws_security_group.api_sg.id

  tags = {
    Name = "billing"
  }
}

resource "aws_vpc_security_group_egress_rule" "billing_sg_egress_1" {
  provider          = aws.opsnow_ap_northeast_2
  security_group_id = aws_security_group.billing_sg.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"

  tags = {
    Name = "billing"
  }
}

resource "aws_default_network_acl" "opsnow_vpc_acl_default" {
  provider               = aws.opsnow_ap_northeast_2
  default_network_acl_id = aws_vpc.opsnow_vpc.default_network_acl_id

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

  lifecycle {
    ignore_changes = [subnet_ids]
  }

  tags = {
    Name = "opsnow default"
  }
}
