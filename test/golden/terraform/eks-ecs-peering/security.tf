# Security groups and network ACLs.

resource "aws_default_security_group" "vpc_a_sg_default" {
  provider = aws.team_eks_ap_northeast_2
  vpc_id   = aws_vpc.vpc_a.id

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

resource "aws_default_security_group" "vpc_b_sg_default" {
  provider = aws.team_ecs_ap_northeast_2
  vpc_id   = aws_vpc.vpc_b.id

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

resource "aws_default_security_group" "vpc_c_sg_default" {
  provider = aws.team_ecs_ap_northeast_2
  vpc_id   = aws_vpc.vpc_c.id

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

resource "aws_security_group" "vpc_a_nodes_sg" {
  provider    = aws.team_eks_ap_northeast_2
  name        = "eks nodes"
  description = "Managed by Terraform"
  vpc_id      = aws_vpc.vpc_a.id

  tags = {
    Name = "eks nodes"
  }
}

resource "aws_vpc_security_group_ingress_rule" "vpc_a_nodes_sg_ingress_1" {
  provider                     = aws.team_eks_ap_northeast_2
  security_group_id            = aws_security_group.vpc_a_nodes_sg.id
  ip_protocol                  = "tcp"
  from_port                    = 443
  to_port                      = 443
  referenced_security_group_id = aws_security_group.vpc_a_nodes_sg.id

  tags = {
    Name = "eks nodes"
  }
}

resource "aws_vpc_security_group_egress_rule" "vpc_a_nodes_sg_egress_1" {
  provider          = aws.team_eks_ap_northeast_2
  security_group_id = aws_security_group.vpc_a_nodes_sg.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"

  tags = {
    Name = "eks nodes"
  }
}

resource "aws_security_group" "vpc_b_alb_sg" {
  provider    = aws.team_ecs_ap_northeast_2
  name        = "orders alb"
  description = "Managed by Terraform"
  vpc_id      = aws_vpc.vpc_b.id

  tags = {
    Name = "orders alb"
  }
}

resource "aws_vpc_security_group_ingress_rule" "vpc_b_alb_sg_ingress_1" {
  provider          = aws.team_ecs_ap_northeast_2
  security_group_id = aws_security_group.vpc_b_alb_sg.id
  description       = "callers in the other VPC"
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_ipv4         = "10.0.0.0/16"

  tags = {
    Name = "orders alb"
  }
}

resource "aws_vpc_security_group_egress_rule" "vpc_b_alb_sg_egress_1" {
  provider          = aws.team_ecs_ap_northeast_2
  security_group_id = aws_security_group.vpc_b_alb_sg.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"

  tags = {
    Name = "orders alb"
  }
}

resource "aws_security_group" "vpc_b_orders_sg" {
  provider    = aws.team_ecs_ap_northeast_2
  name        = "orders tasks"
  description = "Managed by Terraform"
  vpc_id      = aws_vpc.vpc_b.id

  tags = {
    Name = "orders tasks"
  }
}

resource "aws_vpc_security_group_ingress_rule" "vpc_b_orders_sg_ingress_1" {
  provider                     = aws.team_ecs_ap_northeast_2
  security_group_id            = aws_security_group.vpc_b_orders_sg.id
  description                  = "from the ALB"
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
  referenced_security_group_id = aws_security_group.vpc_b_alb_sg.id

  tags = {
    Name = "orders tasks"
  }
}

resource "aws_vpc_security_group_egress_rule" "vpc_b_orders_sg_egress_1" {
  provider          = aws.team_ecs_ap_northeast_2
  security_group_id = aws_security_group.vpc_b_orders_sg.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"

  tags = {
    Name = "orders tasks"
  }
}

resource "aws_default_network_acl" "vpc_a_acl_default" {
  provider               = aws.team_eks_ap_northeast_2
  default_network_acl_id = aws_vpc.vpc_a.default_network_acl_id

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
    Name = "vpc-a default"
  }
}

resource "aws_default_network_acl" "vpc_b_acl_default" {
  provider               = aws.team_ecs_ap_northeast_2
  default_network_acl_id = aws_vpc.vpc_b.default_network_acl_id

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
    Name = "vpc-b default"
  }
}

resource "aws_default_network_acl" "vpc_c_acl_default" {
  provider               = aws.team_ecs_ap_northeast_2
  default_network_acl_id = aws_vpc.vpc_c.default_network_acl_id

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
    Name = "vpc-c default"
  }
}
