# Instances, Auto Scaling groups, containers, Elastic Beanstalk and Lambda.

resource "aws_instance" "i_bastion" {
  provider                    = aws.net_ap_northeast_2
  ami                         = var.ami_linux_ap_northeast_2
  instance_type               = "t3.micro"
  subnet_id                   = aws_subnet.hub_pub_a.id
  vpc_security_group_ids      = [aws_security_group.sg_web.id]
  associate_public_ip_address = true

  tags = {
    Name = "bastion"
  }
}

resource "aws_eip_association" "i_bastion" {
  provider      = aws.net_ap_northeast_2
  allocation_id = aws_eip.eip_bastion.id
  instance_id   = aws_instance.i_bastion.id
}

resource "aws_instance" "i_proxy" {
  provider               = aws.net_ap_northeast_2
  ami                    = var.ami_windows_ap_northeast_2
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.hub_pub_c.id
  vpc_security_group_ids = [aws_security_group.sg_app.id]
  private_ip             = "10.0.1.10"
  source_dest_check      = false

  tags = {
    Name = "proxy"
  }
}

resource "aws_launch_template" "asg" {
  provider               = aws.net_ap_northeast_2
  name                   = "web-asg"
  image_id               = var.ami_linux_ap_northeast_2
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.sg_app.id]

  tags = {
    Name = "web asg"
  }
}

resource "aws_autoscaling_group" "asg" {
  provider            = aws.net_ap_northeast_2
  name                = "web-asg"
  min_size            = 2
  max_size            = 4
  desired_capacity    = 2
  vpc_zone_identifier = [aws_subnet.hub_pub_a.id, aws_subnet.hub_pub_c.id]
  target_group_arns   = [aws_lb_target_group.tg_web.arn]

  launch_template {
    id      = aws_launch_template.asg.id
    version = "$Latest"
  }

  tag {
    key                 = "Name"
    value               = "web asg"
    propagate_at_launch = true
  }
}

resource "aws_ecs_cluster" "spoke_ecs" {
  provider = aws.app_ap_northeast_2
  name     = "spoke-ecs"

  tags = {
    Name = "spoke"
  }
}

resource "aws_iam_role" "ecs_execution" {
  provider = aws.app_ap_northeast_2
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "ecs-tasks.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })

  tags = {
    Name = "orders svc"
  }
}

resource "aws_iam_role_policy_attachment" "ecs_execution_amazonecstaskexecutionrolepolicy" {
  provider   = aws.app_ap_northeast_2
  role       = aws_iam_role.ecs_execution.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
}

resource "aws_cloudwatch_log_group" "ecs_logs" {
  provider          = aws.app_ap_northeast_2
  name              = "/ecs/orders-svc"
  retention_in_days = 30

  tags = {
    Name = "orders svc"
  }
}

resource "aws_ecs_task_definition" "ecs" {
  provider                 = aws.app_ap_northeast_2
  family                   = "orders-svc"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  cpu                      = "256"
  memory                   = "512"
  execution_role_arn       = aws_iam_role.ecs_execution.arn
  task_role_arn            = "arn:aws:iam::${var.account_id_app}:role/OrdersTask"
  container_definitions = jsonencode([
    {
      name      = "app"
      image     = "public.ecr.aws/nginx/nginx:latest"
      essential = true
      portMappings = [
        {
          containerPort = 8080
          hostPort      = 8080
          protocol      = "tcp"
        },
      ]
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          "awslogs-group"         = aws_cloudwatch_log_group.ecs_logs.name
          "awslogs-region"        = "ap-northeast-2"
          "awslogs-stream-prefix" = "app"
        }
      }
    },
  ])

  tags = {
    Name = "orders svc"
  }
}

resource "aws_service_discovery_private_dns_namespace" "spoke_namespace" {
  provider = aws.app_ap_northeast_2
  name     = "orders.local"
  vpc      = aws_vpc.spoke.id

  tags = {
    Name = "spoke"
  }
}

resource "aws_service_discovery_service" "ecs" {
  provider = aws.app_ap_northeast_2
  name     = "orders-svc"

  dns_config {
    namespace_id   = aws_service_discovery_private_dns_namespace.spoke_namespace.id
    routing_policy = "MULTIVALUE"

    dns_records {
      ttl  = 10
      type = "A"
    }
  }

  health_check_custom_config {
    failure_threshold = 1
  }

  tags = {
    Name = "orders svc"
  }
}

resource "aws_ecs_service" "ecs" {
  provider        = aws.app_ap_northeast_2
  name            = "orders-svc"
  cluster         = aws_ecs_cluster.spoke_ecs.id
  task_definition = aws_ecs_task_definition.ecs.arn
  desired_count   = 1
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = [aws_subnet.spoke_a.id, aws_subnet.spoke_c.id]
    security_groups  = [aws_security_group.sg_spoke.id]
    assign_public_ip = false
  }

  load_balancer {
    target_group_arn = aws_lb_target_group.tg_web.arn
    container_name   = "app"
    container_port   = 8080
  }

  service_registries {
    registry_arn = aws_service_discovery_service.ecs.arn
  }

  tags = {
    Name = "orders svc"
  }
  depends_on = [aws_lb_listener.alb_http_80]
}

resource "aws_iam_role" "ecs_ec2_execution" {
  provider = aws.app_ap_northeast_2
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "ecs-tasks.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })

  tags = {
    Name = "batch"
  }
}

resource "aws_iam_role_policy_attachment" "ecs_ec2_execution_amazonecstaskexecutionrolepolicy" {
  provider   = aws.app_ap_northeast_2
  role       = aws_iam_role.ecs_ec2_execution.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
}

resource "aws_cloudwatch_log_group" "ecs_ec2_logs" {
  provider          = aws.app_ap_northeast_2
  name              = "/ecs/batch"
  retention_in_days = 30

  tags = {
    Name = "batch"
  }
}

resource "aws_ecs_task_definition" "ecs_ec2" {
  provider                 = aws.app_ap_northeast_2
  family                   = "batch"
  network_mode             = "bridge"
  requires_compatibilities = ["EC2"]
  cpu                      = "256"
  memory                   = "512"
  execution_role_arn       = aws_iam_role.ecs_ec2_execution.arn
  container_definitions = jsonencode([
    {
      name      = "app"
      image     = var.ecs_ec2_image
      essential = true
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          "awslogs-group"         = aws_cloudwatch_log_group.ecs_ec2_logs.name
          "awslogs-region"        = "ap-northeast-2"
          "awslogs-stream-prefix" = "app"
        }
      }
    },
  ])

  tags = {
    Name = "batch"
  }
}

resource "aws_ecs_service" "ecs_ec2" {
  provider        = aws.app_ap_northeast_2
  name            = "batch"
  cluster         = aws_ecs_cluster.spoke_ecs.id
  task_definition = aws_ecs_task_definition.ecs_ec2.arn
  desired_count   = 2
  launch_type     = "EC2"

  tags = {
    Name = "batch"
  }
}

resource "aws_iam_role" "eks_cluster" {
  provider = aws.app_ap_northeast_2
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

  tags = {
    Name = "platform"
  }
}

resource "aws_iam_role_policy_attachment" "eks_cluster_amazoneksclusterpolicy" {
  provider   = aws.app_ap_northeast_2
  role       = aws_iam_role.eks_cluster.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonEKSClusterPolicy"
}

resource "aws_eks_cluster" "eks" {
  provider = aws.app_ap_northeast_2
  name     = "platform"
  role_arn = aws_iam_role.eks_cluster.arn
  version  = "1.31"

  vpc_config {
    subnet_ids = [aws_subnet.spoke_a.id, aws_subnet.spoke_c.id]
  }

  tags = {
    Name = "platform"
  }
  depends_on = [aws_iam_role_policy_attachment.eks_cluster_amazoneksclusterpolicy]
}

resource "aws_iam_role" "eks_nodes" {
  provider = aws.app_ap_northeast_2
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
    Name = "platform"
  }
}

resource "aws_iam_role_policy_attachment" "eks_nodes_amazoneksworkernodepolicy" {
  provider   = aws.app_ap_northeast_2
  role       = aws_iam_role.eks_nodes.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy"
}

resource "aws_iam_role_policy_attachment" "eks_nodes_amazoneks_cni_policy" {
  provider   = aws.app_ap_northeast_2
  role       = aws_iam_role.eks_nodes.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy"
}

resource "aws_iam_role_policy_attachment" "eks_nodes_amazonec2containerregistryreadonly" {
  provider   = aws.app_ap_northeast_2
  role       = aws_iam_role.eks_nodes.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly"
}

resource "aws_eks_node_group" "eks_nodes" {
  provider        = aws.app_ap_northeast_2
  cluster_name    = aws_eks_cluster.eks.name
  node_group_name = "default"
  node_role_arn   = aws_iam_role.eks_nodes.arn
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
  depends_on = [
    aws_iam_role_policy_attachment.eks_nodes_amazoneksworkernodepolicy,
    aws_iam_role_policy_attachment.eks_nodes_amazoneks_cni_policy,
    aws_iam_role_policy_attachment.eks_nodes_amazonec2containerregistryreadonly,
  ]
}

resource "aws_iam_role" "eks_fargate_cluster" {
  provider = aws.app_ap_northeast_2
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

  tags = {
    Name = "serverless"
  }
}

resource "aws_iam_role_policy_attachment" "eks_fargate_cluster_amazoneksclusterpolicy" {
  provider   = aws.app_ap_northeast_2
  role       = aws_iam_role.eks_fargate_cluster.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonEKSClusterPolicy"
}

resource "aws_eks_cluster" "eks_fargate" {
  provider = aws.app_ap_northeast_2
  name     = "serverless"
  role_arn = aws_iam_role.eks_fargate_cluster.arn
  version  = "1.31"

  vpc_config {
    subnet_ids = [aws_subnet.spoke_c.id, aws_subnet.spoke_a.id]
  }

  tags = {
    Name = "serverless"
  }
  depends_on = [aws_iam_role_policy_attachment.eks_fargate_cluster_amazoneksclusterpolicy]
}

resource "aws_elastic_beanstalk_application" "eb" {
  provider    = aws.app_ap_northeast_2
  name        = "portal"
  description = "Application of the portal environment"

  tags = {
    Name = "portal"
  }
}

resource "aws_iam_role" "eb_instances" {
  provider = aws.app_ap_northeast_2
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
    Name = "portal"
  }
}

resource "aws_iam_role_policy_attachment" "eb_instances_awselasticbeanstalkwebtier" {
  provider   = aws.app_ap_northeast_2
  role       = aws_iam_role.eb_instances.name
  policy_arn = "arn:aws:iam::aws:policy/AWSElasticBeanstalkWebTier"
}

resource "aws_iam_role_policy_attachment" "eb_instances_awselasticbeanstalkmulticontainerdocke" {
  provider   = aws.app_ap_northeast_2
  role       = aws_iam_role.eb_instances.name
  policy_arn = "arn:aws:iam::aws:policy/AWSElasticBeanstalkMulticontainerDocker"
}

resource "aws_iam_role_policy_attachment" "eb_instances_awselasticbeanstalkworkertier" {
  provider   = aws.app_ap_northeast_2
  role       = aws_iam_role.eb_instances.name
  policy_arn = "arn:aws:iam::aws:policy/AWSElasticBeanstalkWorkerTier"
}

resource "aws_iam_instance_profile" "eb_instances" {
  provider = aws.app_ap_northeast_2
  name     = "portal-instances"
  role     = aws_iam_role.eb_instances.name

  tags = {
    Name = "portal"
  }
}

resource "aws_iam_role" "eb_service" {
  provider = aws.app_ap_northeast_2
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
    Name = "portal"
  }
}

resource "aws_iam_role_policy_attachment" "eb_service_awselasticbeanstalkenhancedhealth" {
  provider   = aws.app_ap_northeast_2
  role       = aws_iam_role.eb_service.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AWSElasticBeanstalkEnhancedHealth"
}

resource "aws_iam_role_policy_attachment" "eb_service_awselasticbeanstalkmanagedupdatescustome" {
  provider   = aws.app_ap_northeast_2
  role       = aws_iam_role.eb_service.name
  policy_arn = "arn:aws:iam::aws:policy/AWSElasticBeanstalkManagedUpdatesCustomerRolePolicy"
}

data "aws_elastic_beanstalk_solution_stack" "eb_stack" {
  provider    = aws.app_ap_northeast_2
  most_recent = true
  name_regex  = "^64bit Amazon Linux 2023 v[0-9.]+ running Docker$"
}

resource "aws_elastic_beanstalk_environment" "eb" {
  provider            = aws.app_ap_northeast_2
  name                = "portal"
  application         = aws_elastic_beanstalk_application.eb.name
  solution_stack_name = data.aws_elastic_beanstalk_solution_stack.eb_stack.name

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
    namespace = "aws:elasticbeanstalk:environment"
    name      = "ServiceRole"
    value     = aws_iam_role.eb_service.arn
  }

  setting {
    namespace = "aws:autoscaling:launchconfiguration"
    name      = "IamInstanceProfile"
    value     = aws_iam_instance_profile.eb_instances.name
  }

  setting {
    namespace = "aws:autoscaling:launchconfiguration"
    name      = "InstanceType"
    value     = "t3.small"
  }

  setting {
    namespace = "aws:autoscaling:launchconfiguration"
    name      = "SecurityGroups"
    value     = join(",", [aws_security_group.sg_spoke.id])
  }

  setting {
    namespace = "aws:elasticbeanstalk:application:environment"
    name      = "PORT"
    value     = "8080"
  }

  tags = {
    Name = "portal"
  }
  depends_on = [
    aws_iam_role_policy_attachment.eb_instances_awselasticbeanstalkwebtier,
    aws_iam_role_policy_attachment.eb_instances_awselasticbeanstalkmulticontainerdocke,
    aws_iam_role_policy_attachment.eb_instances_awselasticbeanstalkworkertier,
    aws_iam_role_policy_attachment.eb_service_awselasticbeanstalkenhancedhealth,
    aws_iam_role_policy_attachment.eb_service_awselasticbeanstalkmanagedupdatescustome,
  ]
}

resource "aws_iam_role" "fn_role" {
  provider = aws.net_ap_northeast_2
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

  tags = {
    Name = "resize"
  }
}

resource "aws_iam_role_policy_attachment" "fn_role_awslambdavpcaccessexecutionrole" {
  provider   = aws.net_ap_northeast_2
  role       = aws_iam_role.fn_role.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole"
}

resource "aws_lambda_function" "fn" {
  provider      = aws.net_ap_northeast_2
  function_name = "resize"
  role          = aws_iam_role.fn_role.arn
  runtime       = "nodejs20.x"
  handler       = "index.handler"
  filename      = var.fn_package

  vpc_config {
    subnet_ids         = [aws_subnet.hub_pub_a.id, aws_subnet.hub_pub_c.id]
    security_group_ids = [aws_security_group.sg_app.id]
  }

  tags = {
    Name = "resize"
  }
  depends_on = [aws_iam_role_policy_attachment.fn_role_awslambdavpcaccessexecutionrole]
}

resource "aws_iam_role" "fn_edge_role" {
  provider = aws.net_ap_northeast_2
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

  tags = {
    Name = "edge fn"
  }
}

resource "aws_iam_role_policy_attachment" "fn_edge_role_awslambdabasicexecutionrole" {
  provider   = aws.net_ap_northeast_2
  role       = aws_iam_role.fn_edge_role.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
}

resource "aws_lambda_function" "fn_edge" {
  provider      = aws.net_ap_northeast_2
  function_name = "edge-fn"
  role          = aws_iam_role.fn_edge_role.arn
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = var.fn_edge_package

  tags = {
    Name = "edge fn"
  }
  depends_on = [aws_iam_role_policy_attachment.fn_edge_role_awslambdabasicexecutionrole]
}
