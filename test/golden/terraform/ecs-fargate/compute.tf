# Instances, Auto Scaling groups, containers, Elastic Beanstalk and Lambda.

resource "aws_ecs_cluster" "opsnow_vpc_ecs" {
  provider = aws.opsnow_ap_northeast_2
  name     = "opsnow-ecs"

  tags = {
    Name = "opsnow"
  }
}

resource "aws_iam_role" "web_svc_execution" {
  provider = aws.opsnow_ap_northeast_2
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
    Name = "web"
  }
}

resource "aws_iam_role_policy_attachment" "web_svc_execution_amazonecstaskexecutionrolepolicy" {
  provider   = aws.opsnow_ap_northeast_2
  role       = aws_iam_role.web_svc_execution.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
}

resource "aws_cloudwatch_log_group" "web_svc_logs" {
  provider          = aws.opsnow_ap_northeast_2
  name              = "/ecs/web"
  retention_in_days = 30

  tags = {
    Name = "web"
  }
}

resource "aws_ecs_task_definition" "web_svc" {
  provider                 = aws.opsnow_ap_northeast_2
  family                   = "web"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  cpu                      = "256"
  memory                   = "512"
  execution_role_arn       = aws_iam_role.web_svc_execution.arn
  task_role_arn            = "arn:aws:iam::${var.account_id_opsnow}:role/web-task"
  container_definitions = jsonencode([
    {
      name      = "app"
      image     = "666666666666.dkr.ecr.ap-northeast-2.amazonaws.com/web:latest"
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
          "awslogs-group"         = aws_cloudwatch_log_group.web_svc_logs.name
          "awslogs-region"        = "ap-northeast-2"
          "awslogs-stream-prefix" = "app"
        }
      }
    },
  ])

  tags = {
    Name = "web"
  }
}

resource "aws_service_discovery_private_dns_namespace" "opsnow_vpc_namespace" {
  provider = aws.opsnow_ap_northeast_2
  name     = "opsnow.local"
  vpc      = aws_vpc.opsnow_vpc.id

  tags = {
    Name = "opsnow"
  }
}

resource "aws_service_discovery_service" "web_svc" {
  provider = aws.opsnow_ap_northeast_2
  name     = "web"

  dns_config {
    namespace_id   = aws_service_discovery_private_dns_namespace.opsnow_vpc_namespace.id
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
    Name = "web"
  }
}

resource "aws_ecs_service" "web_svc" {
  provider        = aws.opsnow_ap_northeast_2
  name            = "web"
  cluster         = aws_ecs_cluster.opsnow_vpc_ecs.id
  task_definition = aws_ecs_task_definition.web_svc.arn
  desired_count   = 2
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = [aws_subnet.private_a.id, aws_subnet.private_c.id]
    security_groups  = [aws_security_group.web_sg.id]
    assign_public_ip = false
  }

  load_balancer {
    target_group_arn = aws_lb_target_group.web_tg.arn
    container_name   = "app"
    container_port   = 8080
  }

  service_registries {
    registry_arn = aws_service_discovery_service.web_svc.arn
  }

  tags = {
    Name = "web"
  }
  depends_on = [aws_lb_listener.internal_alb_http_80]
}

resource "aws_iam_role" "api_svc_execution" {
  provider = aws.opsnow_ap_northeast_2
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
    Name = "api"
  }
}

resource "aws_iam_role_policy_attachment" "api_svc_execution_amazonecstaskexecutionrolepolicy" {
  provider   = aws.opsnow_ap_northeast_2
  role       = aws_iam_role.api_svc_execution.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
}

resource "aws_cloudwatch_log_group" "api_svc_logs" {
  provider          = aws.opsnow_ap_northeast_2
  name              = "/ecs/api"
  retention_in_days = 30

  tags = {
    Name = "api"
  }
}

resource "aws_ecs_task_definition" "api_svc" {
  provider                 = aws.opsnow_ap_northeast_2
  family                   = "api"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  cpu                      = "256"
  memory                   = "512"
  execution_role_arn       = aws_iam_role.api_svc_execution.arn
  task_role_arn            = "arn:aws:iam::${var.account_id_opsnow}:role/api-task"
  container_definitions = jsonencode([
    {
      name      = "app"
      image     = "666666666666.dkr.ecr.ap-northeast-2.amazonaws.com/api:latest"
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
          "awslogs-group"         = aws_cloudwatch_log_group.api_svc_logs.name
          "awslogs-region"        = "ap-northeast-2"
          "awslogs-stream-prefix" = "app"
        }
      }
    },
  ])

  tags = {
    Name = "api"
  }
}

resource "aws_service_discovery_service" "api_svc" {
  provider = aws.opsnow_ap_northeast_2
  name     = "api"

  dns_config {
    namespace_id   = aws_service_discovery_private_dns_namespace.opsnow_vpc_namespace.id
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
    Name = "api"
  }
}

resource "aws_ecs_service" "api_svc" {
  provider        = aws.opsnow_ap_northeast_2
  name            = "api"
  cluster         = aws_ecs_cluster.opsnow_vpc_ecs.id
  task_definition = aws_ecs_task_definition.api_svc.arn
  desired_count   = 2
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = [aws_subnet.private_c.id, aws_subnet.private_a.id]
    security_groups  = [aws_security_group.api_sg.id]
    assign_public_ip = false
  }

  load_balancer {
    target_group_arn = aws_lb_target_group.api_tg.arn
    container_name   = "app"
    container_port   = 8080
  }

  service_registries {
    registry_arn = aws_service_discovery_service.api_svc.arn
  }

  tags = {
    Name = "api"
  }
  depends_on = [aws_lb_listener.internal_alb_http_8080]
}

resource "aws_iam_role" "billing_svc_execution" {
  provider = aws.opsnow_ap_northeast_2
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
    Name = "billing"
  }
}

resource "aws_iam_role_policy_attachment" "billing_svc_execution_amazonecstaskexecutionrolepolicy" {
  provider   = aws.opsnow_ap_northeast_2
  role       = aws_iam_role.billing_svc_execution.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
}

resource "aws_cloudwatch_log_group" "billing_svc_logs" {
  provider          = aws.opsnow_ap_northeast_2
  name              = "/ecs/billing"
  retention_in_days = 30

  tags = {
    Name = "billing"
  }
}

resource "aws_ecs_task_definition" "billing_svc" {
  provider                 = aws.opsnow_ap_northeast_2
  family                   = "billing"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  cpu                      = "256"
  memory                   = "512"
  execution_role_arn       = aws_iam_role.billing_svc_execution.arn
  task_role_arn            = "arn:aws:iam::${var.account_id_opsnow}:role/billing-task"
  container_definitions = jsonencode([
    {
      name      = "app"
      image     = "666666666666.dkr.ecr.ap-northeast-2.amazonaws.com/billing:latest"
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
          "awslogs-group"         = aws_cloudwatch_log_group.billing_svc_logs.name
          "awslogs-region"        = "ap-northeast-2"
          "awslogs-stream-prefix" = "app"
        }
      }
    },
  ])

  tags = {
    Name = "billing"
  }
}

resource "aws_service_discovery_service" "billing_svc" {
  provider = aws.opsnow_ap_northeast_2
  name     = "billing"

  dns_config {
    namespace_id   = aws_service_discovery_private_dns_namespace.opsnow_vpc_namespace.id
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
    Name = "billing"
  }
}

resource "aws_ecs_service" "billing_svc" {
  provider        = aws.opsnow_ap_northeast_2
  name            = "billing"
  cluster         = aws_ecs_cluster.opsnow_vpc_ecs.id
  task_definition = aws_ecs_task_definition.billing_svc.arn
  desired_count   = 2
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = [aws_subnet.private_a.id, aws_subnet.private_c.id]
    security_groups  = [aws_security_group.billing_sg.id]
    assign_public_ip = false
  }

  load_balancer {
    target_group_arn = aws_lb_target_group.billing_tg.arn
    container_name   = "app"
    container_port   = 8080
  }

  service_registries {
    registry_arn = aws_service_discovery_service.billing_svc.arn
  }

  tags = {
    Name = "billing"
  }
  depends_on = [aws_lb_listener.internal_alb_http_8081]
}
