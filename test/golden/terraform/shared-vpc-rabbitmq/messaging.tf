# Amazon MQ brokers.

resource "aws_mq_broker" "orders_mq" {
  provider                   = aws.dept_a_ap_northeast_2
  broker_name                = "orders-mq"
  engine_type                = "RabbitMQ"
  engine_version             = "3.13"
  host_instance_type         = "mq.m5.large"
  deployment_mode            = "CLUSTER_MULTI_AZ"
  publicly_accessible        = false
  auto_minor_version_upgrade = true
  subnet_ids                 = [aws_subnet.shared_a.id, aws_subnet.shared_c.id]
  security_groups            = [aws_security_group.orders_mq_sg.id]

  user {
    username = var.orders_mq_username
    password = var.orders_mq_password
  }

  tags = {
    Name = "orders-mq"
  }
  depends_on = [
    aws_ram_principal_association.share_main_private_dept_a,
    aws_ram_resource_association.share_main_private_shared_a,
    aws_ram_resource_association.share_main_private_shared_c,
  ]
}
