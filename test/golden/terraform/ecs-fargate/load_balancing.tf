# Load balancers, listeners and target groups.

resource "aws_lb" "opsnow_internal" {
  provider           = aws.opsnow_ap_northeast_2
  name               = "opsnow-internal"
  internal           = true
  load_balancer_type = "application"
  subnets            = [aws_subnet.private_a.id, aws_subnet.private_c.id]
  security_groups    = [aws_security_group.internal_alb.id]

  tags = {
    Name = "opsnow internal"
  }
}

resource "aws_lb_listener" "opsnow_internal_http_80" {
  provider          = aws.opsnow_ap_northeast_2
  load_balancer_arn = aws_lb.opsnow_internal.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }

  tags = {
    Name = "opsnow internal"
  }
}

resource "aws_lb_listener" "opsnow_internal_http_8080" {
  provider          = aws.opsnow_ap_northeast_2
  load_balancer_arn = aws_lb.opsnow_internal.arn
  port              = 8080
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.api.arn
  }

  tags = {
    Name = "opsnow internal"
  }
}

resource "aws_lb_listener" "opsnow_internal_http_8081" {
  provider          = aws.opsnow_ap_northeast_2
  load_balancer_arn = aws_lb.opsnow_internal.arn
  port              = 8081
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.billing.arn
  }

  tags = {
    Name = "opsnow internal"
  }
}

resource "aws_lb_target_group" "web" {
  provider    = aws.opsnow_ap_northeast_2
  name        = "web"
  target_type = "ip"
  port        = 8080
  protocol    = "HTTP"
  vpc_id      = aws_vpc.opsnow.id

  tags = {
    Name = "web"
  }
}

resource "aws_lb_target_group" "api" {
  provider    = aws.opsnow_ap_northeast_2
  name        = "api"
  target_type = "ip"
  port        = 8080
  protocol    = "HTTP"
  vpc_id      = aws_vpc.opsnow.id

  tags = {
    Name = "api"
  }
}

resource "aws_lb_target_group" "billing" {
  provider    = aws.opsnow_ap_northeast_2
  name        = "billing"
  target_type = "ip"
  port        = 8080
  protocol    = "HTTP"
  vpc_id      = aws_vpc.opsnow.id

  tags = {
    Name = "billing"
  }
}
