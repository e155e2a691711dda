# Load balancers, listeners and target groups.

resource "aws_lb" "vpc_b_alb" {
  provider           = aws.team_ecs_ap_northeast_2
  name               = "orders-internal-alb"
  internal           = true
  load_balancer_type = "application"
  subnets            = [aws_subnet.vpc_b_private_a.id, aws_subnet.vpc_b_private_c.id]
  security_groups    = [aws_security_group.vpc_b_alb_sg.id]

  tags = {
    Name = "orders internal alb"
  }
}

resource "aws_lb_listener" "vpc_b_alb_http_80" {
  provider          = aws.team_ecs_ap_northeast_2
  load_balancer_arn = aws_lb.vpc_b_alb.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.vpc_b_orders_tg.arn
  }

  tags = {
    Name = "orders internal alb"
  }
}

resource "aws_lb_target_group" "vpc_b_orders_tg" {
  provider    = aws.team_ecs_ap_northeast_2
  name        = "orders"
  target_type = "ip"
  port        = 8080
  protocol    = "HTTP"
  vpc_id      = aws_vpc.vpc_b.id

  tags = {
    Name = "orders"
  }
}
