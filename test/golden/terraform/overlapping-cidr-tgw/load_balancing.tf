# Load balancers, listeners and target groups.

resource "aws_lb" "orders_internal_alb" {
  provider           = aws.team_ecs_ap_northeast_2
  name               = "orders-internal-alb"
  internal           = true
  load_balancer_type = "application"
  subnets            = [aws_subnet.routable_a_2.id, aws_subnet.routable_c_2.id]
  security_groups    = [aws_security_group.orders_alb.id]

  tags = {
    Name = "orders internal alb"
  }
}

resource "aws_lb_listener" "orders_internal_alb_http_80" {
  provider          = aws.team_ecs_ap_northeast_2
  load_balancer_arn = aws_lb.orders_internal_alb.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.orders.arn
  }

  tags = {
    Name = "orders internal alb"
  }
}

resource "aws_lb_target_group" "orders" {
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
