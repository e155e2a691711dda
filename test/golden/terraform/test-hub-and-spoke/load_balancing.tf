# Load balancers, listeners and target groups.

resource "aws_lb" "nlb_app" {
  provider           = aws.workload_ap_northeast_2
  name               = "app-nlb"
  internal           = true
  load_balancer_type = "network"
  subnets            = [aws_subnet.app_a.id, aws_subnet.app_c.id]

  tags = {
    Name = "app nlb"
  }
}

resource "aws_lb_listener" "nlb_app_tcp_443" {
  provider          = aws.workload_ap_northeast_2
  load_balancer_arn = aws_lb.nlb_app.arn
  port              = 443
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.tg_app.arn
  }

  tags = {
    Name = "app nlb"
  }
}

resource "aws_lb_target_group" "tg_app" {
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

resource "aws_lb_target_group_attachment" "tg_app_ip_1" {
  provider         = aws.workload_ap_northeast_2
  target_group_arn = aws_lb_target_group.tg_app.arn
  target_id        = "10.20.1.10"
}
