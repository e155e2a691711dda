# Instances, Auto Scaling groups, containers, Elastic Beanstalk and Lambda.

resource "aws_ecs_cluster" "opsnow_ecs" {
  provider = aws.opsnow_ap_northeast_2
  name     = "opsnow-ecs"

  tags = {
    Name = "opsnow"
  }
}

resource "aws_ecs_task_definition" "web" {
  provider                 = aws.opsnow_ap_northeast_2
  family                   = "web"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  cpu                      = "256"
  memory                   = "512"
  task_role_arn            = "arn:aws:iam::666666666666:role/web-task"
  container_definitions = jsonencode([
    {
      name      = "app"
      image     = "666666666666.dkr.ecr.ap-northeast-2.amazonaws.com/web:latest"
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
    Name = "web"
  }
}

resource "aws_service_discovery_private_dns_namespace" "opsnow_namespace" {
  provider = aws.opsnow_ap_northeast_2
  name     = "opsnow.local"
  vpc      = aws_vpc.opsnow.id

  tags = {
    Name = "opsnow"
  }
}

resource "aws_ecs_service" "web" {
  provider        = aws.opsnow_ap_northeast_2
  name            = "web"
  cluster         = aws_ecs_cluster.opsnow_ecs.id
  task_definition = aws_ecs_task_definition.web.arn
  desired_count   = 2
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = [aws_subnet.private_a.id, aws_subnet.private_c.id]
    security_groups  = [aws_security_group.web.id]
    assign_public_ip = false
  }

  load_balancer {
    target_group_arn = aws_lb_target_group.web.arn
    container_name   = "app"
    container_port   = 8080
  }

  tags = {
    Name = "web"
  }
}

resource "aws_ecs_task_definition" "api" {
  provider                 = aws.opsnow_ap_northeast_2
  family                   = "api"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  cpu                      = "256"
  memory                   = "512"
  task_role_arn            = "arn:aws:iam::666666666666:role/api-task"
  container_definitions = jsonencode([
    {
      name      = "app"
      image     = "666666666666.dkr.ecr.ap-northeast-2.amazonaws.com/api:latest"
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
    Name = "api"
  }
}

resource "aws_ecs_service" "api" {
  provider        = aws.opsnow_ap_northeast_2
  name            = "api"
  cluster         = aws_ecs_cluster.opsnow_ecs.id
  task_definition = aws_ecs_task_definition.api.arn
  desired_count   = 2
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = [aws_subnet.private_c.id, aws_subnet.private_a.id]
    security_groups  = [aws_security_group.api.id]
    assign_public_ip = false
  }

  load_balancer {
    target_group_arn = aws_lb_target_group.api.arn
    container_name   = "app"
    container_port   = 8080
  }

  tags = {
    Name = "api"
  }
}

resource "aws_ecs_task_definition" "billing" {
  provider                 = aws.opsnow_ap_northeast_2
  family                   = "billing"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  cpu                      = "256"
  memory                   = "512"
  task_role_arn            = "arn:aws:iam::666666666666:role/billing-task"
  container_definitions = jsonencode([
    {
      name      = "app"
      image     = "666666666666.dkr.ecr.ap-northeast-2.amazonaws.com/billing:latest"
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
    Name = "billing"
  }
}

resource "aws_ecs_service" "billing" {
  provider        = aws.opsnow_ap_northeast_2
  name            = "billing"
  cluster         = aws_ecs_cluster.opsnow_ecs.id
  task_definition = aws_ecs_task_definition.billing.arn
  desired_count   = 2
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = [aws_subnet.private_a.id, aws_subnet.private_c.id]
    security_groups  = [aws_security_group.billing.id]
    assign_public_ip = false
  }

  load_balancer {
    target_group_arn = aws_lb_target_group.billing.arn
    container_name   = "app"
    container_port   = 8080
  }

  tags = {
    Name = "billing"
  }
}
