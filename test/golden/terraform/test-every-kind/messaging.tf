# Amazon MQ brokers.

resource "aws_mq_broker" "mq" {
  provider                   = aws.net_ap_northeast_2
  broker_name                = "orders-mq"
  engine_type                = "RabbitMQ"
  engine_version             = "3.13"
  host_instance_type         = "mq.m5.large"
  deployment_mode            = "CLUSTER_MULTI_AZ"
  publicly_accessible        = false
  auto_minor_version_upgrade = true
  subnet_ids                 = [aws_subnet.hub_pub_a.id, aws_subnet.hub_pub_c.id]
  security_groups            = [aws_security_group.sg_app.id]

  user {
    username = var.mq_username
    password = var.mq_password
  }

  tags = {
    Name = "orders mq"
  }
}

resource "aws_mq_broker" "mq_active" {
  provider                   = aws.app_ap_northeast_2
  broker_name                = "legacy-mq"
  engine_type                = "ActiveMQ"
  engine_version             = "5.18"
  host_instance_type         = "mq.m5.large"
  deployment_mode            = "ACTIVE_STANDBY_MULTI_AZ"
  publicly_accessible        = false
  auto_minor_version_upgrade = true
  subnet_ids                 = [aws_subnet.spoke_a.id, aws_subnet.spoke_c.id]
  security_groups            = [aws_security_group.sg_spoke.id]

  user {
    username = var.mq_active_username
    password = var.mq_active_password
  }

  tags = {
    Name = "legacy mq"
  }
}
