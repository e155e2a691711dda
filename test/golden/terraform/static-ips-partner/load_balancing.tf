# Load balancers, listeners and target groups.

resource "aws_lb" "partner_nlb" {
  provider           = aws.prod_ap_northeast_2
  name               = "partner-nlb"
  internal           = false
  load_balancer_type = "network"

  subnet_mapping {
    subnet_id     = aws_subnet.public_a.id
    allocation_id = data.aws_eip.nlb_eip_a.id
  }

  subnet_mapping {
    subnet_id     = aws_subnet.public_c.id
    allocation_id = data.aws_eip.nlb_eip_c.id
  }

  tags = {
    Name = "partner-nlb"
  }
}

resource "aws_lb_listener" "partner_nlb_tcp_443" {
  provider          = aws.prod_ap_northeast_2
  load_balancer_arn = aws_lb.partner_nlb.arn
  port              = 443
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.proxy_tg.arn
  }

  tags = {
    Name = "partner-nlb"
  }
}

resource "aws_lb_target_group" "proxy_tg" {
  provider    = aws.prod_ap_northeast_2
  name        = "proxies"
  target_type = "instance"
  port        = 443
  protocol    = "TCP"
  vpc_id      = aws_vpc.prod_vpc.id

  tags = {
    Name = "proxies"
  }
}

resource "aws_lb_target_group_attachment" "proxy_tg_proxy_1" {
  provider         = aws.prod_ap_northeast_2
  target_group_arn = aws_lb_target_group.proxy_tg.arn
  target_id        = aws_instance.proxy_1.id
  port             = 443
}

resource "aws_lb_target_group_attachment" "proxy_tg_proxy_2" {
  provider         = aws.prod_ap_northeast_2
  target_group_arn = aws_lb_target_group.proxy_tg.arn
  target_id        = aws_instance.proxy_2.id
  port             = 443
}

resource "aws_lb_target_group_attachment" "proxy_tg_proxy_3" {
  provider         = aws.prod_ap_northeast_2
  target_group_arn = aws_lb_target_group.proxy_tg.arn
  target_id        = aws_instance.proxy_3.id
  port             = 443
}

resource "aws_lb_target_group_attachment" "proxy_tg_proxy_4" {
  provider         = aws.prod_ap_northeast_2
  target_group_arn = aws_lb_target_group.proxy_tg.arn
  target_id        = aws_instance.proxy_4.id
  port             = 443
}
