# Instances, Auto Scaling groups, containers, Elastic Beanstalk and Lambda.

resource "aws_instance" "app_seoul_server" {
  provider               = aws.network_ap_northeast_2
  ami                    = var.ami_linux_ap_northeast_2
  instance_type          = "t3.small"
  subnet_id              = aws_subnet.app_seoul_private_a.id
  vpc_security_group_ids = [aws_security_group.app_seoul_server_sg.id]

  tags = {
    Name = "app seoul server"
  }
}

resource "aws_instance" "data_seoul_server" {
  provider               = aws.network_ap_northeast_2
  ami                    = var.ami_linux_ap_northeast_2
  instance_type          = "t3.small"
  subnet_id              = aws_subnet.data_seoul_private_a.id
  vpc_security_group_ids = [aws_security_group.data_seoul_server_sg.id]

  tags = {
    Name = "data seoul server"
  }
}

resource "aws_instance" "app_tokyo_server" {
  provider               = aws.network_ap_northeast_1
  ami                    = var.ami_linux_ap_northeast_1
  instance_type          = "t3.small"
  subnet_id              = aws_subnet.app_tokyo_private_a.id
  vpc_security_group_ids = [aws_security_group.app_tokyo_server_sg.id]

  tags = {
    Name = "app tokyo server"
  }
}
