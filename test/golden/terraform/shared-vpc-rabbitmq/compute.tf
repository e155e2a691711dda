# Instances, Auto Scaling groups, containers, Elastic Beanstalk and Lambda.

resource "aws_instance" "batch" {
  provider               = aws.dept_a_ap_northeast_2
  ami                    = var.ami_linux_ap_northeast_2
  instance_type          = "t3.medium"
  subnet_id              = aws_subnet.shared_c.id
  vpc_security_group_ids = [aws_security_group.dept_a_app.id]

  tags = {
    Name = "batch"
  }
  depends_on = [aws_ram_principal_association.main_private_subnets_dept_a_dept_a]
}

resource "aws_ecs_cluster" "main_ecs" {
  provider = aws.dept_a_ap_northeast_2
  name     = "main-ecs"

  tags = {
    Name = "main"
  }
}

resource "aws_ecs_task_definition" "orders" {
  provider                 = aws.dept_a_ap_northeast_2
  family                   = "orders"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  cpu                      = "256"
  memory                   = "512"
  task_role_arn            = "arn:aws:iam::222222222222:role/orders-task"
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
  provider        = aws.dept_a_ap_northeast_2
  name            = "orders"
  cluster         = aws_ecs_cluster.main_ecs.id
  task_definition = aws_ecs_task_definition.orders.arn
  desired_count   = 2
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = [aws_subnet.shared_a.id, aws_subnet.shared_c.id]
    security_groups  = [aws_security_group.dept_a_app.id]
    assign_public_ip = false
  }

  tags = {
    Name = "orders"
  }
  depends_on = [aws_ram_principal_association.main_private_subnets_dept_a_dept_a]
}
