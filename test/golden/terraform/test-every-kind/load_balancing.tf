# Load balancers, listeners and target groups.

resource "aws_lb" "nlb" {
  provider                         = aws.net_ap_northeast_2
  name                             = "public-nlb"
  internal                         = false
  load_balancer_type               = "network"
  security_groups                  = [aws_security_group.sg_web.id]
  enable_cross_zone_load_balancing = true

  subnet_mapping {
    subnet_id     = aws_subnet.hub_pub_a.id
    allocation_id = aws_eip.eip_nlb.id
  }

  subnet_mapping {
    subnet_id            = aws_subnet.hub_pub_c.id
    private_ipv4_address = "10.0.1.30"
  }

  tags = {
    Name = "public nlb"
  }
}

resource "aws_lb_listener" "nlb_tcp_80" {
  provider          = aws.net_ap_northeast_2
  load_balancer_arn = aws_lb.nlb.arn
  port              = 80
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.tg_alb.arn
  }

  tags = {
    Name = "public nlb"
  }
}

resource "aws_lb_listener" "nlb_tls_443" {
  provider          = aws.net_ap_northeast_2
  load_balancer_arn = aws_lb.nlb.arn
  port              = 443
  protocol          = "TLS"
  certificate_arn   = var.nlb_certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.tg_instances.arn
  }

  tags = {
    Name = "public nlb"
  }
}

resource "aws_lb_listener" "nlb_tcp_8443" {
  provider          = aws.net_ap_northeast_2
  load_balancer_arn = aws_lb.nlb.arn
  port              = 8443
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.tg_ip.arn
  }

  tags = {
    Name = "public nlb"
  }
}

resource "aws_lb" "alb" {
  provider           = aws.net_ap_northeast_2
  name               = "alb"
  internal           = true
  load_balancer_type = "application"
  subnets            = [aws_subnet.hub_pub_a.id, aws_subnet.hub_pub_c.id]
  security_groups    = [aws_security_group.sg_web.id]

  tags = {
    Name = "internal alb"
  }
}

resource "aws_lb_listener" "alb_http_80" {
  provider          = aws.net_ap_northeast_2
  load_balancer_arn = aws_lb.alb.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.tg_web.arn
  }

  tags = {
    Name = "internal alb"
  }
}

resource "aws_lb_listener" "alb_https_443" {
  provider          = aws.net_ap_northeast_2
  load_balancer_arn = aws_lb.alb.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = var.alb_certificate_arn

  default_action {
    type = "fixed-response"

    fixed_response {
      content_type = "text/plain"
      status_code  = "404"
    }
  }

  tags = {
    Name = "internal alb"
  }
}

resource "aws_lb_target_group" "tg_instances" {
  provider           = aws.net_ap_northeast_2
  name               = "instances"
  target_type        = "instance"
  port               = 8080
  protocol           = "TCP"
  vpc_id             = aws_vpc.hub.id
  preserve_client_ip = "true"

  health_check {
    port = "8081"
  }

  tags = {
    Name = "instances"
  }
}

resource "aws_lb_target_group_attachment" "tg_instances_i_proxy" {
  provider         = aws.net_ap_northeast_2
  target_group_arn = aws_lb_target_group.tg_instances.arn
  target_id        = aws_instance.i_proxy.id
}

resource "aws_lb_target_group" "tg_ip" {
  provider    = aws.net_ap_northeast_2
  name        = "partner-ips"
  target_type = "ip"
  port        = 443
  protocol    = "TCP"
  vpc_id      = aws_vpc.hub.id

  tags = {
    Name = "partner ips"
  }
}

resource "aws_lb_target_group_attachment" "tg_ip_ip_1" {
  provider         = aws.net_ap_northeast_2
  target_group_arn = aws_lb_target_group.tg_ip.arn
  target_id        = "10.0.1.20"
}

resource "aws_lb_target_group_attachment" "tg_ip_ip_2" {
  provider          = aws.net_ap_northeast_2
  target_group_arn  = aws_lb_target_group.tg_ip.arn
  target_id         = "10.20.1.5"
  port              = 8443
  availability_zone = "all"
}

resource "aws_lb_target_group" "tg_alb" {
  provider    = aws.net_ap_northeast_2
  name        = "to-alb"
  target_type = "alb"
  port        = 80
  protocol    = "TCP"
  vpc_id      = aws_vpc.hub.id

  tags = {
    Name = "to alb"
  }
}

resource "aws_lb_target_group_attachment" "tg_alb_alb" {
  provider         = aws.net_ap_northeast_2
  target_group_arn = aws_lb_target_group.tg_alb.arn
  target_id        = aws_lb.alb.arn

  depends_on = [aws_lb_listener.alb_http_80, aws_lb_listener.alb_https_443]
}

resource "aws_lb_target_group" "tg_web" {
  provider    = aws.net_ap_northeast_2
  name        = "web"
  target_type = "instance"
  port        = 80
  protocol    = "HTTP"
  vpc_id      = aws_vpc.hub.id

  tags = {
    Name = "web"
  }
}

resource "aws_lb_target_group" "tg_lambda" {
  provider    = aws.net_ap_northeast_2
  name        = "fn"
  target_type = "lambda"

  tags = {
    Name = "fn"
  }
}

resource "aws_lb_target_group_attachment" "tg_lambda_fn" {
  provider         = aws.net_ap_northeast_2
  target_group_arn = aws_lb_target_group.tg_lambda.arn
  target_id        = aws_lambda_function.fn.arn
}

resource "aws_lb_target_group" "tg_appliances" {
  provider    = aws.net_ap_northeast_2
  name        = "appliances"
  target_type = "instance"
  port        = 6081
  protocol    = "GENEVE"
  vpc_id      = aws_vpc.hub.id

  tags = {
    Name = "appliances"
  }
}

resource "aws_lb" "gwlb" {
  provider           = aws.net_ap_northeast_2
  name               = "appliances-gwlb"
  load_balancer_type = "gateway"
  subnets            = [aws_subnet.hub_fw_a.id]

  tags = {
    Name = "appliances gwlb"
  }
}

resource "aws_lb_listener" "gwlb_listener" {
  provider          = aws.net_ap_northeast_2
  load_balancer_arn = aws_lb.gwlb.arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.tg_appliances.arn
  }

  tags = {
    Name = "appliances gwlb"
  }
}

resource "aws_vpc_endpoint_service" "gwlb_service" {
  provider                   = aws.net_ap_northeast_2
  acceptance_required        = false
  gateway_load_balancer_arns = [aws_lb.gwlb.arn]

  tags = {
    Name = "appliances gwlb"
  }
}

resource "aws_vpc_endpoint" "gwlbe" {
  provider          = aws.net_ap_northeast_2
  vpc_id            = aws_vpc.hub.id
  service_name      = aws_vpc_endpoint_service.gwlb_service.service_name
  vpc_endpoint_type = "GatewayLoadBalancer"
  subnet_ids        = [aws_subnet.hub_fw_a.id]

  tags = {
    Name = "inspection endpoint"
  }
}
