# Instances, Auto Scaling groups, containers, Elastic Beanstalk and Lambda.

resource "aws_instance" "reports" {
  provider               = aws.team_ecs_ap_northeast_2
  ami                    = var.ami_linux_ap_northeast_2
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.private_a_3.id
  vpc_security_group_ids = [aws_default_security_group.default_3.id]

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

resource "aws_ecs_task_definition" "orders" {
  provider                 = aws.team_ecs_ap_northeast_2
  family                   = "orders"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  cpu                      = "256"
  memory                   = "512"
  container_definitions = jsonencode([
    {
      name      = "app"
      image     = var.orders_image
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
    Name = "orders"
  }
}

resource "aws_ecs_service" "orders" {
  provider        = aws.team_ecs_ap_northeast_2
  name            = "orders"
  cluster         = aws_ecs_cluster.vpc_b_ecs.id
  task_definition = aws_ecs_task_definition.orders.arn
  desired_count   = 2
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = [aws_subnet.private_a_2.id, aws_subnet.private_c_2.id]
    security_groups  = [aws_security_group.orders_tasks.id]
    assign_public_ip = false
  }

  load_balancer {
    target_group_arn = aws_lb_target_group.orders.arn
    container_name   = "app"
    container_port   = 8080
  }

  tags = {
    Name = "orders"
  }
}

resource "aws_iam_role" "shop_eks_cluster" {
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
  managed_policy_arns = ["arn:aws:iam::aws:policy/AmazonEKSClusterPolicy"]

  tags = {
    Name = "shop eks"
  }
}

resource "aws_eks_cluster" "shop_eks" {
  provider = aws.team_eks_ap_northeast_2
  name     = "shop-eks"
  role_arn = aws_iam_role.shop_eks_cluster.arn
  version  = "1.31"

  vpc_config {
    subnet_ids = [aws_subnet.private_a.id, aws_subnet.private_c.id]
  }

  tags = {
    Name = "shop eks"
  }
}

resource "aws_iam_role" "shop_eks_nodes" {
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
  managed_policy_arns = [
    "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
    "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy",
    "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly",
  ]

  tags = {
    Name = "shop eks"
  }
}

resource "aws_eks_node_group" "shop_eks_nodes" {
  provider        = aws.team_eks_ap_northeast_2
  cluster_name    = aws_eks_cluster.shop_eks.name
  node_group_name = "default"
  node_role_arn   = aws_iam_role.shop_eks_nodes.arn
  subnet_ids      = [aws_subnet.private_a.id, aws_subnet.private_c.id]
  instance_types  = ["m6i.large"]

  scaling_config {
    desired_size = 2
    max_size     = 3
    min_size     = 1
  }

  tags = {
    Name = "shop eks"
  }
}
