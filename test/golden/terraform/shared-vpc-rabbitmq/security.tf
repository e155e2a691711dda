# Security groups and network ACLs.

resource "aws_default_security_group" "main_sg_default" {
  provider = aws.network_ap_northeast_2
  vpc_id   = aws_vpc.main.id

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

resource "aws_security_group" "dept_a_app_sg" {
  provider    = aws.dept_a_ap_northeast_2
  name        = "dept-a app"
  description = "Managed by Terraform"
  vpc_id      = aws_vpc.main.id

  tags = {
    Name = "dept-a app"
  }
  depends_on = [
    aws_ram_principal_association.share_main_private_dept_a,
    aws_ram_resource_association.share_main_private_shared_a,
    aws_ram_resource_association.share_main_private_shared_c,
  ]
}

resource "aws_vpc_security_group_egress_rule" "dept_a_app_sg_egress_1" {
  provider          = aws.dept_a_ap_northeast_2
  security_group_id = aws_security_group.dept_a_app_sg.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"

  tags = {
    Name = "dept-a app"
  }
}

resource "aws_security_group" "orders_mq_sg" {
  provider    = aws.dept_a_ap_northeast_2
  name        = "orders-mq"
  description = "Managed by Terraform"
  vpc_id      = aws_vpc.main.id

  tags = {
    Name = "orders-mq"
  }
  depends_on = [
    aws_ram_principal_association.share_main_private_dept_a,
    aws_ram_resource_association.share_main_private_shared_a,
    aws_ram_resource_association.share_main_private_shared_c,
  ]
}

resource "aws_vpc_security_group_ingress_rule" "orders_mq_sg_ingress_1" {
  provider          = aws.dept_a_ap_northeast_2
  security_group_id = aws_security_group.orders_mq_sg.id
  description       = "AMQPS from the shared subnets"
  ip_protocol       = "tcp"
  from_port         = 5671
  to_port           = 5671
  cidr_ipv4         = "10.0.1.0/24"

  tags = {
    Name = "orders-mq"
  }
}

resource "aws_vpc_security_group_ingress_rule" "orders_mq_sg_ingress_2" {
  provider          = aws.dept_a_ap_northeast_2
  security_group_id = aws_security_group.orders_mq_sg.id
  description       = "AMQPS from the shared subnets"
  ip_protocol       = "tcp"
  from_port         = 5671
  to_port           = 5671
  cidr_ipv4         = "10.0.2.0/24"

  tags = {
    Name = "orders-mq"
  }
}

resource "aws_default_network_acl" "main_acl_default" {
  provider               = aws.network_ap_northeast_2
  default_network_acl_id = aws_vpc.main.default_network_acl_id

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
    Name = "main default"
  }
}
