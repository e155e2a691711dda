# Instances, Auto Scaling groups, containers, Elastic Beanstalk and Lambda.

resource "aws_instance" "orders" {
  provider               = aws.workloads_ap_northeast_2
  ami                    = var.ami_linux_ap_northeast_2
  instance_type          = "t3.small"
  subnet_id              = aws_subnet.spoke_orders_app_a.id
  vpc_security_group_ids = [aws_security_group.spoke_orders_sg.id]

  tags = {
    Name = "orders"
  }
}

resource "aws_instance" "billing" {
  provider               = aws.workloads_ap_northeast_2
  ami                    = var.ami_linux_ap_northeast_2
  instance_type          = "t3.small"
  subnet_id              = aws_subnet.spoke_billing_app_a.id
  vpc_security_group_ids = [aws_security_group.spoke_billing_sg.id]

  tags = {
    Name = "billing"
  }
}
