# Load balancers, listeners and target groups.

resource "aws_lb" "api_internal_nlb" {
  provider           = aws.api_ap_northeast_2
  name               = "api-internal-nlb"
  internal           = true
  load_balancer_type = "network"
  subnets            = [aws_subnet.private_a.id, aws_subnet.private_c.id]

  tags = {
    Name = "api internal nlb"
  }
}

resource "aws_lb_listener" "api_internal_nlb_tcp_8080" {
  provider          = aws.api_ap_northeast_2
  load_balancer_arn = aws_lb.api_internal_nlb.arn
  port              = 8080
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.orders_nodeport.arn
  }

  tags = {
    Name = "api internal nlb"
  }
}

resource "aws_lb_listener" "api_internal_nlb_tcp_8081" {
  provider          = aws.api_ap_northeast_2
  load_balancer_arn = aws_lb.api_internal_nlb.arn
  port              = 8081
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.users_nodeport.arn
  }

  tags = {
    Name = "api internal nlb"
  }
}

resource "aws_lb_listener" "api_internal_nlb_tcp_8082" {
  provider          = aws.api_ap_northeast_2
  load_balancer_arn = aws_lb.api_internal_nlb.arn
  port              = 8082
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.catalog_nodeport.arn
  }

  tags = {
    Name = "api internal nlb"
  }
}

resource "aws_lb_target_group" "orders_nodeport" {
  provider    = aws.api_ap_northeast_2
  name        = "orders-nodeport"
  target_type = "instance"
  port        = 30080
  protocol    = "TCP"
  vpc_id      = aws_vpc.api.id

  tags = {
    Name = "orders nodeport"
  }
}

resource "aws_lb_target_group" "users_nodeport" {
  provider    = aws.api_ap_northeast_2
  name        = "users-nodeport"
  target_type = "instance"
  port        = 30081
  protocol    = "TCP"
  vpc_id      = aws_vpc.api.id

  tags = {
    Name = "users nodeport"
  }
}

resource "aws_lb_target_group" "catalog_nodeport" {
  provider    = aws.api_ap_northeast_2
  name        = "catalog-nodeport"
  target_type = "instance"
  port        = 30082
  protocol    = "TCP"
  vpc_id      = aws_vpc.api.id

  tags = {
    Name = "catalog nodeport"
  }
}
