# Amazon MQ brokers.

resource "aws_mq_broker" "mq" {
  provider                   = aws.workload_ap_northeast_2
  broker_name                = "orders"
  engine_type                = "RabbitMQ"
  engine_version             = "3.13"
  host_instance_type         = "mq.m5.large"
  deployment_mode            = "SINGLE_INSTANCE"
  publicly_accessible        = false
  auto_minor_version_upgrade = true
  subnet_ids                 = [aws_subnet.app_a.id]
  security_groups            = [aws_security_group.sg_app.id]

  user {
    username = var.mq_username
    password = var.mq_password
  }

  tags = {
    Name = "orders"
  }
}
