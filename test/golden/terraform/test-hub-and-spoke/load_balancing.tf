# Load balancers, listeners and target groups.

resource "aws_lb" "app_nlb" {
  provider           = aws.workload_ap_northeast_2
  name               = "app-nlb"
  internal           = true
  load_balancer_type = "network"
  subnets            = [aws_subnet.app_a.id, aws_subnet.app_c.id]

  tags = {
    Name = "app nlb"
  }
}

resource "aws_lb_listener" "app_nlb_tcp_443" {
  provider          = aws.workload_ap_northeast_2
  load_balancer_arn = aws_lb.app_nlb.arn
  port              = 443
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.app.arn
  }

  tags = {
    Name = "app nlb"
  }
}

resource "aws_lb_target_group" "app" {
  provider    = aws.workload_ap_northeast_2
  name        = "app"
  target_type = "ip"
  port        = 443
  protocol    = "TCP"
  vpc_id      = aws_vpc.app.id

  tags = {
    Name = "app"
  }
}

resource "aws_lb_target_group_attachment" "app_ip_1" {
  provider         = aws.workload_ap_northeast_2
  target_group_arn = aws_lb_target_group.app.arn
  target_id        = "10.20.1.10"
}
