# Instances, Auto Scaling groups, containers, Elastic Beanstalk and Lambda.

resource "aws_instance" "batch_1" {
  provider               = aws.dept_a_ap_northeast_2
  ami                    = var.ami_linux_ap_northeast_2
  instance_type          = "t3.medium"
  subnet_id              = aws_subnet.shared_c.id
  vpc_security_group_ids = [aws_security_group.dept_a_app_sg.id]

  tags = {
    Name = "batch"
  }
  depends_on = [
    aws_ram_principal_association.share_main_private_dept_a,
    aws_ram_resource_association.share_main_private_shared_c,
  ]
}

resource "aws_ecs_cluster" "main_ecs" {
  provider = aws.dept_a_ap_northeast_2
  name     = "main-ecs"

  tags = {
    Name = "main"
  }
}

resource "aws_iam_role" "orders_svc_execution" {
  provider = aws.dept_a_ap_northeast_2
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

resource "aws_iam_role_policy_attachment" "orders_svc_execution_amazonecstaskexecutionrolepolicy" {
  provider   = aws.dept_a_ap_northeast_2
  role       = aws_iam_role.orders_svc_execution.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
}

resource "aws_cloudwatch_log_group" "orders_svc_logs" {
  provider          = aws.dept_a_ap_northeast_2
  name              = "/ecs/orders"
  retention_in_days = 30

  tags = {
    Name = "orders"
  }
}

resource "aws_ecs_task_definition" "orders_svc" {
  provider                 = aws.dept_a_ap_northeast_2
  family                   = "orders"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  cpu                      = "256"
  memory                   = "512"
  execution_role_arn       = aws_iam_role.orders_svc_execution.arn
  task_role_arn            = "arn:aws:iam::${var.account_id_dept_a}:role/orders-task"
  container_definitions = jsonencode([
    {
      name      = "app"
      image     = var.orders_svc_image
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
          "awslogs-group"         = aws_cloudwatch_log_group.orders_svc_logs.name
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

resource "aws_ecs_service" "orders_svc" {
  provider        = aws.dept_a_ap_northeast_2
  name            = "orders"
  cluster         = aws_ecs_cluster.main_ecs.id
  task_definition = aws_ecs_task_definition.orders_svc.arn
  desired_count   = 2
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = [aws_subnet.shared_a.id, aws_subnet.shared_c.id]
    security_groups  = [aws_security_group.dept_a_app_sg.id]
    assign_public_ip = false
  }

  tags = {
    Name = "orders"
  }
  depends_on = [
    aws_ram_principal_association.share_main_private_dept_a,
    aws_ram_resource_association.share_main_private_shared_a,
    aws_ram_resource_association.share_main_private_shared_c,
  ]
}
