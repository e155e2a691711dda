# Security groups and network ACLs.

resource "aws_default_security_group" "egress_sg_default" {
  provider = aws.network_ap_northeast_2
  vpc_id   = aws_vpc.egress.id

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

resource "aws_default_security_group" "app_sg_default" {
  provider = aws.workload_ap_northeast_2
  vpc_id   = aws_vpc.app.id

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

resource "aws_security_group" "sg_app" {
  provider    = aws.workload_ap_northeast_2
  name        = "app"
  description = "Managed by Terraform"
  vpc_id      = aws_vpc.app.id

  tags = {
    Name = "app"
  }
}

resource "aws_vpc_security_group_ingress_rule" "sg_app_ingress_1" {
  provider          = aws.workload_ap_northeast_2
  security_group_id = aws_security_group.sg_app.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.0.0.0/8"

  tags = {
    Name = "app"
  }
}

resource "aws_vpc_security_group_egress_rule" "sg_app_egress_1" {
  provider          = aws.workload_ap_northeast_2
  security_group_id = aws_security_group.sg_app.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"

  tags = {
    Name = "app"
  }
}

resource "aws_default_network_acl" "egress_acl_default" {
  provider               = aws.network_ap_northeast_2
  default_network_acl_id = aws_vpc.egress.default_network_acl_id

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
    Name = "egress default"
  }
}

resource "aws_default_network_acl" "app_acl_default" {
  provider               = aws.workload_ap_northeast_2
  default_network_acl_id = aws_vpc.app.default_network_acl_id

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
    Name = "app default"
  }
}
