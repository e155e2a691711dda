# Security groups and network ACLs.

resource "aws_default_security_group" "spoke_orders_sg_default" {
  provider = aws.workloads_ap_northeast_2
  vpc_id   = aws_vpc.spoke_orders.id

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

resource "aws_security_group" "spoke_orders_sg" {
  provider    = aws.workloads_ap_northeast_2
  name        = "orders instances"
  description = "Managed by Terraform"
  vpc_id      = aws_vpc.spoke_orders.id

  tags = {
    Name = "orders instances"
  }
}

resource "aws_vpc_security_group_ingress_rule" "spoke_orders_sg_ingress_1" {
  provider          = aws.workloads_ap_northeast_2
  security_group_id = aws_security_group.spoke_orders_sg.id
  description       = "the other spokes, through the firewall"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.0.0.0/11"

  tags = {
    Name = "orders instances"
  }
}

resource "aws_vpc_security_group_ingress_rule" "spoke_orders_sg_ingress_2" {
  provider          = aws.workloads_ap_northeast_2
  security_group_id = aws_security_group.spoke_orders_sg.id
  description       = "administration from the spokes (the firewall drops it)"
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = "10.0.0.0/11"

  tags = {
    Name = "orders instances"
  }
}

resource "aws_vpc_security_group_egress_rule" "spoke_orders_sg_egress_1" {
  provider          = aws.workloads_ap_northeast_2
  security_group_id = aws_security_group.spoke_orders_sg.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"

  tags = {
    Name = "orders instances"
  }
}

resource "aws_default_security_group" "spoke_billing_sg_default" {
  provider = aws.workloads_ap_northeast_2
  vpc_id   = aws_vpc.spoke_billing.id

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

resource "aws_security_group" "spoke_billing_sg" {
  provider    = aws.workloads_ap_northeast_2
  name        = "billing instances"
  description = "Managed by Terraform"
  vpc_id      = aws_vpc.spoke_billing.id

  tags = {
    Name = "billing instances"
  }
}

resource "aws_vpc_security_group_ingress_rule" "spoke_billing_sg_ingress_1" {
  provider          = aws.workloads_ap_northeast_2
  security_group_id = aws_security_group.spoke_billing_sg.id
  description       = "the other spokes, through the firewall"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.0.0.0/11"

  tags = {
    Name = "billing instances"
  }
}

resource "aws_vpc_security_group_ingress_rule" "spoke_billing_sg_ingress_2" {
  provider          = aws.workloads_ap_northeast_2
  security_group_id = aws_security_group.spoke_billing_sg.id
  description       = "administration from the spokes (the firewall drops it)"
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = "10.0.0.0/11"

  tags = {
    Name = "billing instances"
  }
}

resource "aws_vpc_security_group_egress_rule" "spoke_billing_sg_egress_1" {
  provider          = aws.workloads_ap_northeast_2
  security_group_id = aws_security_group.spoke_billing_sg.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"

  tags = {
    Name = "billing instances"
  }
}

resource "aws_default_security_group" "inspection_sg_default" {
  provider = aws.network_ap_northeast_2
  vpc_id   = aws_vpc.inspection.id

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

resource "aws_default_network_acl" "spoke_orders_acl_default" {
  provider               = aws.workloads_ap_northeast_2
  default_network_acl_id = aws_vpc.spoke_orders.default_network_acl_id

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
    Name = "orders spoke default"
  }
}

resource "aws_default_network_acl" "spoke_billing_acl_default" {
  provider               = aws.workloads_ap_northeast_2
  default_network_acl_id = aws_vpc.spoke_billing.default_network_acl_id

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
    Name = "billing spoke default"
  }
}

resource "aws_default_network_acl" "inspection_acl_default" {
  provider               = aws.network_ap_northeast_2
  default_network_acl_id = aws_vpc.inspection.default_network_acl_id

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
    Name = "inspection default"
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
