# Security groups and network ACLs.

resource "aws_default_security_group" "api_vpc_sg_default" {
  provider = aws.api_ap_northeast_2
  vpc_id   = aws_vpc.api_vpc.id

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

resource "aws_security_group" "nodes_sg" {
  provider    = aws.api_ap_northeast_2
  name        = "eks nodes"
  description = "Managed by Terraform"
  vpc_id      = aws_vpc.api_vpc.id

  tags = {
    Name = "eks nodes"
  }
}

resource "aws_vpc_security_group_ingress_rule" "nodes_sg_ingress_1" {
  provider          = aws.api_ap_northeast_2
  security_group_id = aws_security_group.nodes_sg.id
  description       = "NodePorts from the NLB"
  ip_protocol       = "tcp"
  from_port         = 30000
  to_port           = 32767
  cidr_ipv4         = "10.30.0.0/16"

  tags = {
    Name = "eks nodes"
  }
}

resource "aws_vpc_security_group_egress_rule" "nodes_sg_egress_1" {
  provider          = aws.api_ap_northeast_2
  security_group_id = aws_security_group.nodes_sg.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"

  tags = {
    Name = "eks nodes"
  }
}

resource "aws_default_network_acl" "api_vpc_acl_default" {
  provider               = aws.api_ap_northeast_2
  default_network_acl_id = aws_vpc.api_vpc.default_network_acl_id

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
    Name = "api default"
  }
}
