# Load balancers, listeners and target groups.

resource "aws_lb" "internal_alb" {
  provider           = aws.opsnow_ap_northeast_2
  name               = "opsnow-internal"
  internal           = true
  load_balancer_type = "application"
  subnets            = [aws_subnet.private_a.id, aws_subnet.private_c.id]
  security_groups    = [aws_security_group.alb_sg.id]

  tags = {
    Name = "opsnow internal"
  }
}

resource "aws_lb_listener" "internal_alb_http_80" {
  provider          = aws.opsnow_ap_northeast_2
  load_balancer_arn = aws_lb.internal_alb.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web_tg.arn
  }

  tags = {
    Name = "opsnow internal"
  }
}

resource "aws_lb_listener" "internal_alb_http_8080" {
  provider          = aws.opsnow_ap_northeast_2
  load_balancer_arn = aws_lb.internal_alb.arn
  port              = 8080
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.api_tg.arn
  }

  tags = {
    Name = "opsnow internal"
  }
}

resource "aws_lb_listener" "internal_alb_http_8081" {
  provider          = aws.opsnow_ap_northeast_2
  load_balancer_arn = aws_lb.internal_alb.arn
  port              = 8081
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.billing_tg.arn
  }

  tags = {
    Name = "opsnow internal"
  }
}

resource "aws_lb_target_group" "web_tg" {
  provider    = aws.opsnow_ap_northeast_2
  name        = "web"
  target_type = "ip"
  port        = 8080
  protocol    = "HTTP"
  vpc_id      = aws_vpc.opsnow_vpc.id

  tags = {
    Name = "web"
  }
}

resource "aws_lb_target_group" "api_tg" {
  provider    = aws.opsnow_ap_northeast_2
  name        = "api"
  target_type = "ip"
  port        = 8080
  protocol    = "HTTP"
  vpc_id      = aws_vpc.opsnow_vpc.id

  tags = {
    Name = "api"
  }
}

resource "aws_lb_target_group" "billing_tg" {
  provider    = aws.opsnow_ap_northeast_2
  name        = "billing"
  target_type = "ip"
  port        = 8080
  protocol    = "HTTP"
  vpc_id      = aws_vpc.opsnow_vpc.id

  tags = {
    Name = "billing"
  }
}
