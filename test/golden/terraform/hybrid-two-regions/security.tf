# Security groups and network ACLs.

resource "aws_default_security_group" "app_seoul_sg_default" {
  provider = aws.network_ap_northeast_2
  vpc_id   = aws_vpc.app_seoul.id

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

resource "aws_security_group" "app_seoul_server_sg" {
  provider    = aws.network_ap_northeast_2
  name        = "app seoul server"
  description = "Managed by Terraform"
  vpc_id      = aws_vpc.app_seoul.id

  tags = {
    Name = "app seoul server"
  }
}

resource "aws_vpc_security_group_ingress_rule" "app_seoul_server_sg_ingress_1" {
  provider          = aws.network_ap_northeast_2
  security_group_id = aws_security_group.app_seoul_server_sg.id
  description       = "HTTPS from on-premises and the other region"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "172.16.0.0/16"

  tags = {
    Name = "app seoul server"
  }
}

resource "aws_vpc_security_group_ingress_rule" "app_seoul_server_sg_ingress_2" {
  provider          = aws.network_ap_northeast_2
  security_group_id = aws_security_group.app_seoul_server_sg.id
  description       = "HTTPS from on-premises and the other region"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "172.20.0.0/16"

  tags = {
    Name = "app seoul server"
  }
}

resource "aws_vpc_security_group_ingress_rule" "app_seoul_server_sg_ingress_3" {
  provider          = aws.network_ap_northeast_2
  security_group_id = aws_security_group.app_seoul_server_sg.id
  description       = "HTTPS from on-premises and the other region"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.10.0.0/16"

  tags = {
    Name = "app seoul server"
  }
}

resource "aws_vpc_security_group_ingress_rule" "app_seoul_server_sg_ingress_4" {
  provider          = aws.network_ap_northeast_2
  security_group_id = aws_security_group.app_seoul_server_sg.id
  description       = "HTTPS from on-premises and the other region"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.20.0.0/16"

  tags = {
    Name = "app seoul server"
  }
}

resource "aws_vpc_security_group_egress_rule" "app_seoul_server_sg_egress_1" {
  provider          = aws.network_ap_northeast_2
  security_group_id = aws_security_group.app_seoul_server_sg.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"

  tags = {
    Name = "app seoul server"
  }
}

resource "aws_default_security_group" "data_seoul_sg_default" {
  provider = aws.network_ap_northeast_2
  vpc_id   = aws_vpc.data_seoul.id

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

resource "aws_security_group" "data_seoul_server_sg" {
  provider    = aws.network_ap_northeast_2
  name        = "data seoul server"
  description = "Managed by Terraform"
  vpc_id      = aws_vpc.data_seoul.id

  tags = {
    Name = "data seoul server"
  }
}

resource "aws_vpc_security_group_ingress_rule" "data_seoul_server_sg_ingress_1" {
  provider          = aws.network_ap_northeast_2
  security_group_id = aws_security_group.data_seoul_server_sg.id
  description       = "HTTPS from on-premises and the other region"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "172.16.0.0/16"

  tags = {
    Name = "data seoul server"
  }
}

resource "aws_vpc_security_group_ingress_rule" "data_seoul_server_sg_ingress_2" {
  provider          = aws.network_ap_northeast_2
  security_group_id = aws_security_group.data_seoul_server_sg.id
  description       = "HTTPS from on-premises and the other region"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "172.20.0.0/16"

  tags = {
    Name = "data seoul server"
  }
}

resource "aws_vpc_security_group_ingress_rule" "data_seoul_server_sg_ingress_3" {
  provider          = aws.network_ap_northeast_2
  security_group_id = aws_security_group.data_seoul_server_sg.id
  description       = "HTTPS from on-premises and the other region"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.10.0.0/16"

  tags = {
    Name = "data seoul server"
  }
}

resource "aws_vpc_security_group_ingress_rule" "data_seoul_server_sg_ingress_4" {
  provider          = aws.network_ap_northeast_2
  security_group_id = aws_security_group.data_seoul_server_sg.id
  description       = "HTTPS from on-premises and the other region"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.20.0.0/16"

  tags = {
    Name = "data seoul server"
  }
}

resource "aws_vpc_security_group_egress_rule" "data_seoul_server_sg_egress_1" {
  provider          = aws.network_ap_northeast_2
  security_group_id = aws_security_group.data_seoul_server_sg.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"

  tags = {
    Name = "data seoul server"
  }
}

resource "aws_default_security_group" "app_tokyo_sg_default" {
  provider = aws.network_ap_northeast_1
  vpc_id   = aws_vpc.app_tokyo.id

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

resource "aws_security_group" "app_tokyo_server_sg" {
  provider    = aws.network_ap_northeast_1
  name        = "app tokyo server"
  description = "Managed by Terraform"
  vpc_id      = aws_vpc.app_tokyo.id

  tags = {
    Name = "app tokyo server"
  }
}

resource "aws_vpc_security_group_ingress_rule" "app_tokyo_server_sg_ingress_1" {
  provider          = aws.network_ap_northeast_1
  security_group_id = aws_security_group.app_tokyo_server_sg.id
  description       = "HTTPS from on-premises and the other region"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "172.16.0.0/16"

  tags = {
    Name = "app tokyo server"
  }
}

resource "aws_vpc_security_group_ingress_rule" "app_tokyo_server_sg_ingress_2" {
  provider          = aws.network_ap_northeast_1
  security_group_id = aws_security_group.app_tokyo_server_sg.id
  description       = "HTTPS from on-premises and the other region"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "172.20.0.0/16"

  tags = {
    Name = "app tokyo server"
  }
}

resource "aws_vpc_security_group_ingress_rule" "app_tokyo_server_sg_ingress_3" {
  provider          = aws.network_ap_northeast_1
  security_group_id = aws_security_group.app_tokyo_server_sg.id
  description       = "HTTPS from on-premises and the other region"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.10.0.0/16"

  tags = {
    Name = "app tokyo server"
  }
}

resource "aws_vpc_security_group_ingress_rule" "app_tokyo_server_sg_ingress_4" {
  provider          = aws.network_ap_northeast_1
  security_group_id = aws_security_group.app_tokyo_server_sg.id
  description       = "HTTPS from on-premises and the other region"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.20.0.0/16"

  tags = {
    Name = "app tokyo server"
  }
}

resource "aws_vpc_security_group_egress_rule" "app_tokyo_server_sg_egress_1" {
  provider          = aws.network_ap_northeast_1
  security_group_id = aws_security_group.app_tokyo_server_sg.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"

  tags = {
    Name = "app tokyo server"
  }
}

resource "aws_default_network_acl" "app_seoul_acl_default" {
  provider               = aws.network_ap_northeast_2
  default_network_acl_id = aws_vpc.app_seoul.default_network_acl_id

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
    Name = "app seoul default"
  }
}

resource "aws_default_network_acl" "data_seoul_acl_default" {
  provider               = aws.network_ap_northeast_2
  default_network_acl_id = aws_vpc.data_seoul.default_network_acl_id

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
    Name = "data seoul default"
  }
}

resource "aws_default_network_acl" "app_tokyo_acl_default" {
  provider               = aws.network_ap_northeast_1
  default_network_acl_id = aws_vpc.app_tokyo.default_network_acl_id

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
    Name = "app tokyo default"
  }
}
