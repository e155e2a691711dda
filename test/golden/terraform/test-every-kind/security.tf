# Security groups and network ACLs.

resource "aws_default_security_group" "hub_sg_default" {
  provider = aws.net_ap_northeast_2
  vpc_id   = aws_vpc.hub.id

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

resource "aws_default_security_group" "spoke_sg_default" {
  provider = aws.app_ap_northeast_2
  vpc_id   = aws_vpc.spoke.id

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

resource "aws_default_security_group" "dr_sg_default" {
  provider = aws.app_ap_northeast_1
  vpc_id   = aws_vpc.dr.id

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

resource "aws_security_group" "sg_web" {
  provider    = aws.net_ap_northeast_2
  name        = "web"
  description = "web tier"
  vpc_id      = aws_vpc.hub.id

  tags = {
    Name = "web"
  }
}

resource "aws_vpc_security_group_ingress_rule" "sg_web_ingress_1" {
  provider          = aws.net_ap_northeast_2
  security_group_id = aws_security_group.sg_web.id
  description       = "https"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"

  tags = {
    Name = "web"
  }
}

resource "aws_vpc_security_group_ingress_rule" "sg_web_ingress_2" {
  provider          = aws.net_ap_northeast_2
  security_group_id = aws_security_group.sg_web.id
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  prefix_list_id    = aws_ec2_managed_prefix_list.pl_partners.id

  tags = {
    Name = "web"
  }
}

resource "aws_vpc_security_group_ingress_rule" "sg_web_ingress_3" {
  provider          = aws.net_ap_northeast_2
  security_group_id = aws_security_group.sg_web.id
  ip_protocol       = "icmpv6"
  cidr_ipv6         = "::/0"

  tags = {
    Name = "web"
  }
}

resource "aws_vpc_security_group_egress_rule" "sg_web_egress_1" {
  provider          = aws.net_ap_northeast_2
  security_group_id = aws_security_group.sg_web.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"

  tags = {
    Name = "web"
  }
}

resource "aws_security_group" "sg_app" {
  provider    = aws.net_ap_northeast_2
  name        = "app"
  description = "Managed by Terraform"
  vpc_id      = aws_vpc.hub.id

  tags = {
    Name = "app"
  }
}

resource "aws_vpc_security_group_ingress_rule" "sg_app_ingress_1" {
  provider                     = aws.net_ap_northeast_2
  security_group_id            = aws_security_group.sg_app.id
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
  referenced_security_group_id = aws_security_group.sg_web.id

  tags = {
    Name = "app"
  }
}

resource "aws_vpc_security_group_egress_rule" "sg_app_egress_1" {
  provider          = aws.net_ap_northeast_2
  security_group_id = aws_security_group.sg_app.id
  ip_protocol       = "udp"
  from_port         = 53
  to_port           = 53
  cidr_ipv4         = "10.0.0.2/32"

  tags = {
    Name = "app"
  }
}

resource "aws_security_group" "sg_spoke" {
  provider    = aws.app_ap_northeast_2
  name        = "spoke app"
  description = "Managed by Terraform"
  vpc_id      = aws_vpc.spoke.id

  tags = {
    Name = "spoke app"
  }
}

resource "aws_vpc_security_group_ingress_rule" "sg_spoke_ingress_1" {
  provider          = aws.app_ap_northeast_2
  security_group_id = aws_security_group.sg_spoke.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.0.0.0/8"

  tags = {
    Name = "spoke app"
  }
}

resource "aws_default_network_acl" "hub_acl_default" {
  provider               = aws.net_ap_northeast_2
  default_network_acl_id = aws_vpc.hub.default_network_acl_id

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
    Name = "hub default"
  }
}

resource "aws_default_network_acl" "spoke_acl_default" {
  provider               = aws.app_ap_northeast_2
  default_network_acl_id = aws_vpc.spoke.default_network_acl_id

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
    Name = "spoke default"
  }
}

resource "aws_default_network_acl" "dr_acl_default" {
  provider               = aws.app_ap_northeast_1
  default_network_acl_id = aws_vpc.dr.default_network_acl_id

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
    Name = "dr default"
  }
}

resource "aws_network_acl" "acl_public" {
  provider = aws.net_ap_northeast_2
  vpc_id   = aws_vpc.hub.id

  tags = {
    Name = "public acl"
  }
}

resource "aws_network_acl_rule" "acl_public_in_100" {
  provider       = aws.net_ap_northeast_2
  network_acl_id = aws_network_acl.acl_public.id
  rule_number    = 100
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 443
  to_port        = 443
}

resource "aws_network_acl_rule" "acl_public_in_110" {
  provider        = aws.net_ap_northeast_2
  network_acl_id  = aws_network_acl.acl_public.id
  rule_number     = 110
  egress          = false
  protocol        = "58"
  rule_action     = "allow"
  ipv6_cidr_block = "::/0"
  icmp_type       = -1
  icmp_code       = -1
}

resource "aws_network_acl_rule" "acl_public_in_200" {
  provider       = aws.net_ap_northeast_2
  network_acl_id = aws_network_acl.acl_public.id
  rule_number    = 200
  egress         = false
  protocol       = "-1"
  rule_action    = "deny"
  cidr_block     = "0.0.0.0/0"
}

resource "aws_network_acl_rule" "acl_public_out_100" {
  provider       = aws.net_ap_northeast_2
  network_acl_id = aws_network_acl.acl_public.id
  rule_number    = 100
  egress         = true
  protocol       = "-1"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
}

resource "aws_network_acl_association" "hub_pub_a" {
  provider       = aws.net_ap_northeast_2
  network_acl_id = aws_network_acl.acl_public.id
  subnet_id      = aws_subnet.hub_pub_a.id
}
