# Instances, Auto Scaling groups, containers, Elastic Beanstalk and Lambda.

resource "aws_instance" "nginx_1" {
  provider               = aws.prod_ap_northeast_2
  ami                    = var.ami_linux_ap_northeast_2
  instance_type          = "t3.small"
  subnet_id              = aws_subnet.private_a.id
  vpc_security_group_ids = [aws_security_group.proxy.id]

  tags = {
    Name = "nginx-1"
  }
}

resource "aws_instance" "nginx_2" {
  provider               = aws.prod_ap_northeast_2
  ami                    = var.ami_linux_ap_northeast_2
  instance_type          = "t3.small"
  subnet_id              = aws_subnet.private_c.id
  vpc_security_group_ids = [aws_security_group.proxy.id]

  tags = {
    Name = "nginx-2"
  }
}

resource "aws_instance" "nginx_3" {
  provider               = aws.prod_ap_northeast_2
  ami                    = var.ami_linux_ap_northeast_2
  instance_type          = "t3.small"
  subnet_id              = aws_subnet.private_a.id
  vpc_security_group_ids = [aws_security_group.proxy.id]

  tags = {
    Name = "nginx-3"
  }
}

resource "aws_instance" "nginx_4" {
  provider               = aws.prod_ap_northeast_2
  ami                    = var.ami_linux_ap_northeast_2
  instance_type          = "t3.small"
  subnet_id              = aws_subnet.private_c.id
  vpc_security_group_ids = [aws_security_group.proxy.id]

  tags = {
    Name = "nginx-4"
  }
}

resource "aws_elastic_beanstalk_environment" "api_prod" {
  provider            = aws.prod_ap_northeast_2
  name                = "api-prod"
  application         = var.beanstalk_application
  solution_stack_name = "Docker running on 64bit Amazon Linux 2023"

  setting {
    namespace = "aws:ec2:vpc"
    name      = "VPCId"
    value     = aws_vpc.prod.id
  }

  setting {
    namespace = "aws:ec2:vpc"
    name      = "Subnets"
    value     = join(",", [aws_subnet.private_a.id, aws_subnet.private_c.id])
  }

  setting {
    namespace = "aws:ec2:vpc"
    name      = "ELBSubnets"
    value     = join(",", [aws_subnet.private_a.id, aws_subnet.private_c.id])
  }

  setting {
    namespace = "aws:ec2:vpc"
    name      = "ELBScheme"
    value     = "internal"
  }

  setting {
    namespace = "aws:elasticbeanstalk:environment"
    name      = "EnvironmentType"
    value     = "LoadBalanced"
  }

  setting {
    namespace = "aws:elasticbeanstalk:environment"
    name      = "LoadBalancerType"
    value     = "application"
  }

  setting {
    namespace = "aws:autoscaling:launchconfiguration"
    name      = "IamInstanceProfile"
    value     = "aws-elasticbeanstalk-ec2-role"
  }

  setting {
    namespace = "aws:autoscaling:launchconfiguration"
    name      = "InstanceType"
    value     = "t3.medium"
  }

  setting {
    namespace = "aws:autoscaling:launchconfiguration"
    name      = "SecurityGroups"
    value     = join(",", [aws_security_group.beanstalk_instances.id])
  }

  setting {
    namespace = "aws:elasticbeanstalk:application:environment"
    name      = "PORT"
    value     = "80"
  }

  tags = {
    Name = "api-prod"
  }
}
