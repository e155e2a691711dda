# Instances, Auto Scaling groups, containers, Elastic Beanstalk and Lambda.

resource "aws_instance" "proxy_1" {
  provider               = aws.prod_ap_northeast_2
  ami                    = var.ami_linux_ap_northeast_2
  instance_type          = "t3.small"
  subnet_id              = aws_subnet.private_a.id
  vpc_security_group_ids = [aws_security_group.proxy_sg.id]

  tags = {
    Name = "nginx-1"
  }
}

resource "aws_instance" "proxy_2" {
  provider               = aws.prod_ap_northeast_2
  ami                    = var.ami_linux_ap_northeast_2
  instance_type          = "t3.small"
  subnet_id              = aws_subnet.private_c.id
  vpc_security_group_ids = [aws_security_group.proxy_sg.id]

  tags = {
    Name = "nginx-2"
  }
}

resource "aws_instance" "proxy_3" {
  provider               = aws.prod_ap_northeast_2
  ami                    = var.ami_linux_ap_northeast_2
  instance_type          = "t3.small"
  subnet_id              = aws_subnet.private_a.id
  vpc_security_group_ids = [aws_security_group.proxy_sg.id]

  tags = {
    Name = "nginx-3"
  }
}

resource "aws_instance" "proxy_4" {
  provider               = aws.prod_ap_northeast_2
  ami                    = var.ami_linux_ap_northeast_2
  instance_type          = "t3.small"
  subnet_id              = aws_subnet.private_c.id
  vpc_security_group_ids = [aws_security_group.proxy_sg.id]

  tags = {
    Name = "nginx-4"
  }
}

resource "aws_elastic_beanstalk_application" "eb_api" {
  provider    = aws.prod_ap_northeast_2
  name        = "api-prod"
  description = "Application of the api-prod environment"

  tags = {
    Name = "api-prod"
  }
}

resource "aws_iam_role" "eb_api_instances" {
  provider = aws.prod_ap_northeast_2
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "ec2.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })

  tags = {
    Name = "api-prod"
  }
}

resource "aws_iam_role_policy_attachment" "eb_api_instances_awselasticbeanstalkwebtier" {
  provider   = aws.prod_ap_northeast_2
  role       = aws_iam_role.eb_api_instances.name
  policy_arn = "arn:aws:iam::aws:policy/AWSElasticBeanstalkWebTier"
}

resource "aws_iam_role_policy_attachment" "eb_api_instances_awselasticbeanstalkmulticontainerdocke" {
  provider   = aws.prod_ap_northeast_2
  role       = aws_iam_role.eb_api_instances.name
  policy_arn = "arn:aws:iam::aws:policy/AWSElasticBeanstalkMulticontainerDocker"
}

resource "aws_iam_role_policy_attachment" "eb_api_instances_awselasticbeanstalkworkertier" {
  provider   = aws.prod_ap_northeast_2
  role       = aws_iam_role.eb_api_instances.name
  policy_arn = "arn:aws:iam::aws:policy/AWSElasticBeanstalkWorkerTier"
}

resource "aws_iam_instance_profile" "eb_api_instances" {
  provider = aws.prod_ap_northeast_2
  name     = "api-prod-instances"
  role     = aws_iam_role.eb_api_instances.name

  tags = {
    Name = "api-prod"
  }
}

resource "aws_iam_role" "eb_api_service" {
  provider = aws.prod_ap_northeast_2
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "elasticbeanstalk.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })

  tags = {
    Name = "api-prod"
  }
}

resource "aws_iam_role_policy_attachment" "eb_api_service_awselasticbeanstalkenhancedhealth" {
  provider   = aws.prod_ap_northeast_2
  role       = aws_iam_role.eb_api_service.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AWSElasticBeanstalkEnhancedHealth"
}

resource "aws_iam_role_policy_attachment" "eb_api_service_awselasticbeanstalkmanagedupdatescustome" {
  provider   = aws.prod_ap_northeast_2
  role       = aws_iam_role.eb_api_service.name
  policy_arn = "arn:aws:iam::aws:policy/AWSElasticBeanstalkManagedUpdatesCustomerRolePolicy"
}

data "aws_elastic_beanstalk_solution_stack" "eb_api_stack" {
  provider    = aws.prod_ap_northeast_2
  most_recent = true
  name_regex  = "^64bit Amazon Linux 2023 v[0-9.]+ running Docker$"
}

resource "aws_elastic_beanstalk_environment" "eb_api" {
  provider            = aws.prod_ap_northeast_2
  name                = "api-prod"
  application         = aws_elastic_beanstalk_application.eb_api.name
  solution_stack_name = data.aws_elastic_beanstalk_solution_stack.eb_api_stack.name

  setting {
    namespace = "aws:ec2:vpc"
    name      = "VPCId"
    value     = aws_vpc.prod_vpc.id
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
    namespace = "aws:elasticbeanstalk:environment"
    name      = "ServiceRole"
    value     = aws_iam_role.eb_api_service.arn
  }

  setting {
    namespace = "aws:elbv2:loadbalancer"
    name      = "SecurityGroups"
    value     = join(",", [aws_security_group.eb_alb_sg.id])
  }

  setting {
    namespace = "aws:elbv2:loadbalancer"
    name      = "ManagedSecurityGroup"
    value     = aws_security_group.eb_alb_sg.id
  }

  setting {
    namespace = "aws:autoscaling:launchconfiguration"
    name      = "IamInstanceProfile"
    value     = aws_iam_instance_profile.eb_api_instances.name
  }

  setting {
    namespace = "aws:autoscaling:launchconfiguration"
    name      = "InstanceType"
    value     = "t3.medium"
  }

  setting {
    namespace = "aws:autoscaling:launchconfiguration"
    name      = "SecurityGroups"
    value     = join(",", [aws_security_group.eb_app_sg.id])
  }

  setting {
    namespace = "aws:elasticbeanstalk:application:environment"
    name      = "PORT"
    value     = "80"
  }

  tags = {
    Name = "api-prod"
  }
  depends_on = [
    aws_iam_role_policy_attachment.eb_api_instances_awselasticbeanstalkwebtier,
    aws_iam_role_policy_attachment.eb_api_instances_awselasticbeanstalkmulticontainerdocke,
    aws_iam_role_policy_attachment.eb_api_instances_awselasticbeanstalkworkertier,
    aws_iam_role_policy_attachment.eb_api_service_awselasticbeanstalkenhancedhealth,
    aws_iam_role_policy_attachment.eb_api_service_awselasticbeanstalkmanagedupdatescustome,
  ]
}
