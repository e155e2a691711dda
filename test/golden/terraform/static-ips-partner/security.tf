# Security groups and network ACLs.

resource "aws_default_security_group" "prod_vpc_sg_default" {
  provider = aws.prod_ap_northeast_2
  vpc_id   = aws_vpc.prod_vpc.id

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

resource "aws_security_group" "proxy_sg" {
  provider    = aws.prod_ap_northeast_2
  name        = "proxy"
  description = "Managed by Terraform"
  vpc_id      = aws_vpc.prod_vpc.id

  tags = {
    Name = "proxy"
  }
}

resource "aws_vpc_security_group_ingress_rule" "proxy_sg_ingress_1" {
  provider          = aws.prod_ap_northeast_2
  security_group_id = aws_security_group.proxy_sg.id
  description       = "partner, seen through the NLB"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "203.0.113.0/24"

  tags = {
    Name = "proxy"
  }
}

resource "aws_vpc_security_group_ingress_rule" "proxy_sg_ingress_2" {
  provider          = aws.prod_ap_northeast_2
  security_group_id = aws_security_group.proxy_sg.id
  description       = "NLB health checks"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.20.0.0/16"

  tags = {
    Name = "proxy"
  }
}

resource "aws_vpc_security_group_egress_rule" "proxy_sg_egress_1" {
  provider          = aws.prod_ap_northeast_2
  security_group_id = aws_security_group.proxy_sg.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"

  tags = {
    Name = "proxy"
  }
}

resource "aws_security_group" "eb_alb_sg" {
  provider    = aws.prod_ap_northeast_2
  name        = "beanstalk alb"
  description = "Managed by Terraform"
  vpc_id      = aws_vpc.prod_vpc.id

  tags = {
    Name = "beanstalk alb"
  }
}

resource "aws_vpc_security_group_ingress_rule" "eb_alb_sg_ingress_1" {
  provider                     = aws.prod_ap_northeast_2
  security_group_id            = aws_security_group.eb_alb_sg.id
  description                  = "from the proxies"
  ip_protocol                  = "tcp"
  from_port                    = 80
  to_port                      = 80
  referenced_security_group_id = aws_security_group.proxy_sg.id

  tags = {
    Name = "beanstalk alb"
  }
}

resource "aws_vpc_security_group_egress_rule" "eb_alb_sg_egress_1" {
  provider          = aws.prod_ap_northeast_2
  security_group_id = aws_security_group.eb_alb_sg.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"

  tags = {
    Name = "beanstalk alb"
  }
}

resource "aws_security_group" "eb_app_sg" {
  provider    = aws.prod_ap_northeast_2
  name        = "beanstalk instances"
  description = "Managed by Terraform"
  vpc_id      = aws_vpc.prod_vpc.id

  tags = {
    Name = "beanstalk instances"
  }
}

resource "aws_vpc_security_group_ingress_rule" "eb_app_sg_ingress_1" {
  provider                     = aws.prod_ap_northeast_2
  security_group_id            = aws_security_group.eb_app_sg.id
  description                  = "from the environment ALB"
  ip_protocol                  = "tcp"
  from_port                    = 80
  to_port                      = 80
  referenced_security_group_id = aws_security_group.eb_alb_sg.id

  tags = {
    Name = "beanstalk instances"
  }
}

resource "aws_vpc_security_group_egress_rule" "eb_app_sg_egress_1" {
  provider          = aws.prod_ap_northeast_2
  security_group_id = aws_security_group.eb_app_sg.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"

  tags = {
    Name = "beanstalk instances"
  }
}

resource "aws_default_network_acl" "prod_vpc_acl_default" {
  provider               = aws.prod_ap_northeast_2
  default_network_acl_id = aws_vpc.prod_vpc.default_network_acl_id

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
    Name = "prod default"
  }
}
