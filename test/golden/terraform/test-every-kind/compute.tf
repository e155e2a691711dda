# Instances, Auto Scaling groups, containers, Elastic Beanstalk and Lambda.

resource "aws_instance" "bastion" {
  provider                    = aws.network_ap_northeast_2
  ami                         = var.ami_linux_ap_northeast_2
  instance_type               = "t3.micro"
  subnet_id                   = aws_subnet.hub_public_a.id
  vpc_security_group_ids      = [aws_security_group.web.id]
  associate_public_ip_address = true

  tags = {
    Name = "bastion"
  }
}

resource "aws_eip_association" "bastion" {
  provider      = aws.network_ap_northeast_2
  allocation_id = aws_eip.bastion_eip.id
  instance_id   = aws_instance.bastion.id
}

resource "aws_instance" "proxy" {
  provider               = aws.network_ap_northeast_2
  ami                    = var.ami_windows_ap_northeast_2
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.hub_public_c.id
  vpc_security_group_ids = [aws_security_group.app.id]
  private_ip             = "10.0.1.10"
  source_dest_check      = false

  tags = {
    Name = "proxy"
  }
}

resource "aws_launch_template" "web_asg" {
  provider               = aws.network_ap_northeast_2
  name                   = "web-asg"
  image_id               = var.ami_linux_ap_northeast_2
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.app.id]

  tags = {
    Name = "web asg"
  }
}

resource "aws_autoscaling_group" "web_asg" {
  provider            = aws.network_ap_northeast_2
  name                = "web-asg"
  min_size            = 2
  max_size            = 4
  desired_capacity    = 2
  vpc_zone_identifier = [aws_subnet.hub_public_a.id, aws_subnet.hub_public_c.id]
  target_group_arns   = [aws_lb_target_group.web.arn]

  launch_template {
    id      = aws_launch_template.web_asg.id
    version = "$Latest"
  }

  tag {
    key                 = "Name"
    value               = "web asg"
    propagate_at_launch = true
  }
}

resource "aws_ecs_cluster" "spoke_ecs" {
  provider = aws.workload_ap_northeast_2
  name     = "spoke-ecs"

  tags = {
    Name = "spoke"
  }
}

resource "aws_ecs_task_definition" "orders_svc" {
  provider                 = aws.workload_ap_northeast_2
  family                   = "orders-svc"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  cpu                      = "256"
  memory                   = "512"
  task_role_arn            = "arn:aws:iam::${var.account_id_workload}:role/OrdersTask"
  container_definitions = jsonencode([
    {
      name      = "app"
      image     = "public.ecr.aws/nginx/nginx:latest"
      essential = true
      portMappings = [
        {
          containerPort = 8080
          protocol      = "tcp"
        },
      ]
    },
  ])

  tags = {
    Name = "orders svc"
  }
}

resource "aws_service_discovery_private_dns_namespace" "spoke_namespace" {
  provider = aws.workload_ap_northeast_2
  name     = "orders.local"
  vpc      = aws_vpc.spoke.id

  tags = {
    Name = "spoke"
  }
}

resource "aws_ecs_service" "orders_svc" {
  provider        = aws.workload_ap_northeast_2
  name            = "orders-svc"
  cluster         = aws_ecs_cluster.spoke_ecs.id
  task_definition = aws_ecs_task_definition.orders_svc.arn
  desired_count   = 1
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = [aws_subnet.spoke_a.id, aws_subnet.spoke_c.id]
    security_groups  = [aws_security_group.spoke_app.id]
    assign_public_ip = false
  }

  load_balancer {
    target_group_arn = aws_lb_target_group.web.arn
    container_name   = "app"
    container_port   = 8080
  }

  tags = {
    Name = "orders svc"
  }
}

resource "aws_ecs_task_definition" "batch" {
  provider                 = aws.workload_ap_northeast_2
  family                   = "batch"
  network_mode             = "bridge"
  requires_compatibilities = ["EC2"]
  cpu                      = "256"
  memory                   = "512"
  container_definitions = jsonencode([
    {
      name      = "app"
      image     = var.batch_image
      essential = true
    },
  ])

  tags = {
    Name = "batch"
  }
}

resource "aws_ecs_service" "batch" {
  provider        = aws.workload_ap_northeast_2
  name            = "batch"
  cluster         = aws_ecs_cluster.spoke_ecs.id
  task_definition = aws_ecs_task_definition.batch.arn
  desired_count   = 2
  launch_type     = "EC2"

  tags = {
    Name = "batch"
  }
}

resource "aws_iam_role" "platform_cluster" {
  provider = aws.workload_ap_northeast_2
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "eks.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  managed_policy_arns = ["arn:aws:iam::aws:policy/AmazonEKSClusterPolicy"]

  tags = {
    Name = "platform"
  }
}

resource "aws_eks_cluster" "platform" {
  provider = aws.workload_ap_northeast_2
  name     = "platform"
  role_arn = aws_iam_role.platform_cluster.arn
  version  = "1.31"

  vpc_config {
    subnet_ids = [aws_subnet.spoke_a.id, aws_subnet.spoke_c.id]
  }

  tags = {
    Name = "platform"
  }
}

resource "aws_iam_role" "platform_nodes" {
  provider = aws.workload_ap_northeast_2
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
  managed_policy_arns = [
    "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
    "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy",
    "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly",
  ]

  tags = {
    Name = "platform"
  }
}

resource "aws_eks_node_group" "platform_nodes" {
  provider        = aws.workload_ap_northeast_2
  cluster_name    = aws_eks_cluster.platform.name
  node_group_name = "default"
  node_role_arn   = aws_iam_role.platform_nodes.arn
  subnet_ids      = [aws_subnet.spoke_a.id, aws_subnet.spoke_c.id]
  instance_types  = ["m6i.large"]

  scaling_config {
    desired_size = 2
    max_size     = 3
    min_size     = 1
  }

  tags = {
    Name = "platform"
  }
}

resource "aws_iam_role" "serverless_cluster" {
  provider = aws.workload_ap_northeast_2
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "eks.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  managed_policy_arns = ["arn:aws:iam::aws:policy/AmazonEKSClusterPolicy"]

  tags = {
    Name = "serverless"
  }
}

resource "aws_eks_cluster" "serverless" {
  provider = aws.workload_ap_northeast_2
  name     = "serverless"
  role_arn = aws_iam_role.serverless_cluster.arn
  version  = "1.31"

  vpc_config {
    subnet_ids = [aws_subnet.spoke_c.id, aws_subnet.spoke_a.id]
  }

  tags = {
    Name = "serverless"
  }
}

resource "aws_elastic_beanstalk_environment" "portal" {
  provider            = aws.workload_ap_northeast_2
  name                = "portal"
  application         = var.beanstalk_application
  solution_stack_name = "Docker running on 64bit Amazon Linux 2023"

  setting {
    namespace = "aws:ec2:vpc"
    name      = "VPCId"
    value     = aws_vpc.spoke.id
  }

  setting {
    namespace = "aws:ec2:vpc"
    name      = "Subnets"
    value     = join(",", [aws_subnet.spoke_a.id, aws_subnet.spoke_c.id])
  }

  setting {
    namespace = "aws:ec2:vpc"
    name      = "ELBSubnets"
    value     = join(",", [aws_subnet.spoke_a.id, aws_subnet.spoke_c.id])
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
    value     = "t3.small"
  }

  setting {
    namespace = "aws:autoscaling:launchconfiguration"
    name      = "SecurityGroups"
    value     = join(",", [aws_security_group.spoke_app.id])
  }

  setting {
    namespace = "aws:elasticbeanstalk:application:environment"
    name      = "PORT"
    value     = "8080"
  }

  tags = {
    Name = "portal"
  }
}

resource "aws_iam_role" "resize_role" {
  provider = aws.network_ap_northeast_2
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "lambda.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  managed_policy_arns = ["arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole"]

  tags = {
    Name = "resize"
  }
}

resource "aws_lambda_function" "resize" {
  provider      = aws.network_ap_northeast_2
  function_name = "resize"
  role          = aws_iam_role.resize_role.arn
  runtime       = "nodejs20.x"
  handler       = "index.handler"
  filename      = var.resize_package

  vpc_config {
    subnet_ids         = [aws_subnet.hub_public_a.id, aws_subnet.hub_public_c.id]
    security_group_ids = [aws_security_group.app.id]
  }

  tags = {
    Name = "resize"
  }
}

resource "aws_iam_role" "edge_fn_role" {
  provider = aws.network_ap_northeast_2
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "lambda.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
  managed_policy_arns = ["arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"]

  tags = {
    Name = "edge fn"
  }
}

resource "aws_lambda_function" "edge_fn" {
  provider      = aws.network_ap_northeast_2
  function_name = "edge-fn"
  role          = aws_iam_role.edge_fn_role.arn
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = var.edge_fn_package

  tags = {
    Name = "edge fn"
  }
}
