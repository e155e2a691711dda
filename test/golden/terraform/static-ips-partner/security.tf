# Security groups and network ACLs.

resource "aws_default_security_group" "default" {
  provider = aws.prod_ap_northeast_2
  vpc_id   = aws_vpc.prod.id

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

resource "aws_security_group" "proxy" {
  provider    = aws.prod_ap_northeast_2
  name        = "proxy"
  description = "Managed by Terraform"
  vpc_id      = aws_vpc.prod.id

  tags = {
    Name = "proxy"
  }
}

resource "aws_vpc_security_group_ingress_rule" "proxy_ingress_1" {
  provider          = aws.prod_ap_northeast_2
  security_group_id = aws_security_group.proxy.id
  description       = "partner, seen through the NLB"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "203.0.113.0/24"

  tags = {
    Name = "proxy"
  }
}

resource "aws_vpc_security_group_ingress_rule" "proxy_ingress_2" {
  provider          = aws.prod_ap_northeast_2
  security_group_id = aws_security_group.proxy.id
  description       = "NLB health checks"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.20.0.0/16"

  tags = {
    Name = "proxy"
  }
}

resource "aws_vpc_security_group_egress_rule" "proxy_egress_1" {
  provider          = aws.prod_ap_northeast_2
  security_group_id = aws_security_group.proxy.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"

  tags = {
    Name = "proxy"
  }
}

resource "aws_security_group" "beanstalk_alb" {
  provider    = aws.prod_ap_northeast_2
  name        = "beanstalk alb"
  description = "Managed by Terraform"
  vpc_id      = aws_vpc.prod.id

  tags = {
    Name = "beanstalk alb"
  }
}

resource "aws_vpc_security_group_ingress_rule" "beanstalk_alb_ingress_1" {
  provider                     = aws.prod_ap_northeast_2
  security_group_id            = aws_security_group.beanstalk_alb.id
  description                  = "from the proxies"
  ip_protocol                  = "tcp"
  from_port                    = 80
  to_port                      = 80
  referenced_security_group_id = aws_security_group.proxy.id

  tags = {
    Name = "beanstalk alb"
  }
}

resource "aws_vpc_security_group_egress_rule" "beanstalk_alb_egress_1" {
  provider          = aws.prod_ap_northeast_2
  security_group_id = aws_security_group.beanstalk_alb.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"

  tags = {
    Name = "beanstalk alb"
  }
}

resource "aws_security_group" "beanstalk_instances" {
  provider    = aws.prod_ap_northeast_2
  name        = "beanstalk instances"
  description = "Managed by Terraform"
  vpc_id      = aws_vpc.prod.id

  tags = {
    Name = "beanstalk instances"
  }
}

resource "aws_vpc_security_group_ingress_rule" "beanstalk_instances_ingress_1" {
  provider                     = aws.prod_ap_northeast_2
  security_group_id            = aws_security_group.beanstalk_instances.id
  description                  = "from the environment’s ALB"
  ip_protocol                  = "tcp"
  from_port                    = 80
  to_port                      = 80
  referenced_security_group_id = aws_security_group.beanstalk_alb.id

  tags = {
    Name = "beanstalk instances"
  }
}

resource "aws_vpc_security_group_egress_rule" "beanstalk_instances_egress_1" {
  provider          = aws.prod_ap_northeast_2
  security_group_id = aws_security_group.beanstalk_instances.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"

  tags = {
    Name = "beanstalk instances"
  }
}

resource "aws_default_network_acl" "prod_default" {
  provider               = aws.prod_ap_northeast_2
  default_network_acl_id = aws_vpc.prod.default_network_acl_id

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
    Name = "prod default"
  }
}
