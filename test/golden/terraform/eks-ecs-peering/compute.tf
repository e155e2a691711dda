# Instances, Auto Scaling groups, containers, Elastic Beanstalk and Lambda.

resource "aws_instance" "vpc_c_reports" {
  provider               = aws.team_ecs_ap_northeast_2
  ami                    = var.ami_linux_ap_northeast_2
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.vpc_c_private_a.id
  vpc_security_group_ids = [aws_default_security_group.vpc_c_sg_default.id]

  tags = {
    Name = "reports"
  }
}

resource "aws_ecs_cluster" "vpc_b_ecs" {
  provider = aws.team_ecs_ap_northeast_2
  name     = "vpc-b-ecs"

  tags = {
    Name = "vpc-b"
  }
}

resource "aws_iam_role" "vpc_b_orders_execution" {
  provider = aws.team_ecs_ap_northeast_2
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
    Name = "orders"
  }
}

resource "aws_iam_role_policy_attachment" "vpc_b_orders_execution_amazonecstaskexecutionrolepolicy" {
  provider   = aws.team_ecs_ap_northeast_2
  role       = aws_iam_role.vpc_b_orders_execution.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
}

resource "aws_cloudwatch_log_group" "vpc_b_orders_logs" {
  provider          = aws.team_ecs_ap_northeast_2
  name              = "/ecs/orders"
  retention_in_days = 30

  tags = {
    Name = "orders"
  }
}

resource "aws_ecs_task_definition" "vpc_b_orders" {
  provider                 = aws.team_ecs_ap_northeast_2
  family                   = "orders"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  cpu                      = "256"
  memory                   = "512"
  execution_role_arn       = aws_iam_role.vpc_b_orders_execution.arn
  container_definitions = jsonencode([
    {
      name      = "app"
      image     = var.vpc_b_orders_image
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
          "awslogs-group"         = aws_cloudwatch_log_group.vpc_b_orders_logs.name
          "awslogs-region"        = "ap-northeast-2"
          "awslogs-stream-prefix" = "app"
        }
      }
    },
  ])

  tags = {
    Name = "orders"
  }
}

resource "aws_ecs_service" "vpc_b_orders" {
  provider        = aws.team_ecs_ap_northeast_2
  name            = "orders"
  cluster         = aws_ecs_cluster.vpc_b_ecs.id
  task_definition = aws_ecs_task_definition.vpc_b_orders.arn
  desired_count   = 2
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = [aws_subnet.vpc_b_private_a.id, aws_subnet.vpc_b_private_c.id]
    security_groups  = [aws_security_group.vpc_b_orders_sg.id]
    assign_public_ip = false
  }

  load_balancer {
    target_group_arn = aws_lb_target_group.vpc_b_orders_tg.arn
    container_name   = "app"
    container_port   = 8080
  }

  tags = {
    Name = "orders"
  }
  depends_on = [aws_lb_listener.vpc_b_alb_http_80]
}

resource "aws_iam_role" "vpc_a_eks_cluster" {
  provider = aws.team_eks_ap_northeast_2
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
    Name = "shop eks"
  }
}

resource "aws_iam_role_policy_attachment" "vpc_a_eks_cluster_amazoneksclusterpolicy" {
  provider   = aws.team_eks_ap_northeast_2
  role       = aws_iam_role.vpc_a_eks_cluster.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonEKSClusterPolicy"
}

resource "aws_eks_cluster" "vpc_a_eks" {
  provider = aws.team_eks_ap_northeast_2
  name     = "shop-eks"
  role_arn = aws_iam_role.vpc_a_eks_cluster.arn
  version  = "1.31"

  vpc_config {
    subnet_ids = [aws_subnet.vpc_a_private_a.id, aws_subnet.vpc_a_private_c.id]
  }

  tags = {
    Name = "shop eks"
  }
  depends_on = [aws_iam_role_policy_attachment.vpc_a_eks_cluster_amazoneksclusterpolicy]
}

resource "aws_iam_role" "vpc_a_eks_nodes" {
  provider = aws.team_eks_ap_northeast_2
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
    Name = "shop eks"
  }
}

resource "aws_iam_role_policy_attachment" "vpc_a_eks_nodes_amazoneksworkernodepolicy" {
  provider   = aws.team_eks_ap_northeast_2
  role       = aws_iam_role.vpc_a_eks_nodes.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy"
}

resource "aws_iam_role_policy_attachment" "vpc_a_eks_nodes_amazoneks_cni_policy" {
  provider   = aws.team_eks_ap_northeast_2
  role       = aws_iam_role.vpc_a_eks_nodes.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy"
}

resource "aws_iam_role_policy_attachment" "vpc_a_eks_nodes_amazonec2containerregistryreadonly" {
  provider   = aws.team_eks_ap_northeast_2
  role       = aws_iam_role.vpc_a_eks_nodes.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly"
}

resource "aws_launch_template" "vpc_a_eks_nodes" {
  provider    = aws.team_eks_ap_northeast_2
  name_prefix = "shop-eks-nodes-"
  vpc_security_group_ids = [
    aws_eks_cluster.vpc_a_eks.vpc_config[0].cluster_security_group_id,
    aws_security_group.vpc_a_nodes_sg.id,
  ]

  tags = {
    Name = "shop eks"
  }
}

resource "aws_eks_node_group" "vpc_a_eks_nodes" {
  provider        = aws.team_eks_ap_northeast_2
  cluster_name    = aws_eks_cluster.vpc_a_eks.name
  node_group_name = "default"
  node_role_arn   = aws_iam_role.vpc_a_eks_nodes.arn
  subnet_ids      = [aws_subnet.vpc_a_private_a.id, aws_subnet.vpc_a_private_c.id]
  instance_types  = ["m6i.large"]

  scaling_config {
    desired_size = 2
    max_size     = 3
    min_size     = 1
  }

  launch_template {
    id      = aws_launch_template.vpc_a_eks_nodes.id
    version = aws_launch_template.vpc_a_eks_nodes.latest_version
  }

  tags = {
    Name = "shop eks"
  }
  depends_on = [
    aws_iam_role_policy_attachment.vpc_a_eks_nodes_amazoneksworkernodepolicy,
    aws_iam_role_policy_attachment.vpc_a_eks_nodes_amazoneks_cni_policy,
    aws_iam_role_policy_attachment.vpc_a_eks_nodes_amazonec2containerregistryreadonly,
  ]
}
