# Load balancers, listeners and target groups.

resource "aws_lb" "api_nlb" {
  provider           = aws.api_ap_northeast_2
  name               = "api-internal-nlb"
  internal           = true
  load_balancer_type = "network"
  subnets            = [aws_subnet.private_a.id, aws_subnet.private_c.id]

  tags = {
    Name = "api internal nlb"
  }
}

resource "aws_lb_listener" "api_nlb_tcp_8080" {
  provider          = aws.api_ap_northeast_2
  load_balancer_arn = aws_lb.api_nlb.arn
  port              = 8080
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.orders_tg.arn
  }

  tags = {
    Name = "api internal nlb"
  }
}

resource "aws_lb_listener" "api_nlb_tcp_8081" {
  provider          = aws.api_ap_northeast_2
  load_balancer_arn = aws_lb.api_nlb.arn
  port              = 8081
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.users_tg.arn
  }

  tags = {
    Name = "api internal nlb"
  }
}

resource "aws_lb_listener" "api_nlb_tcp_8082" {
  provider          = aws.api_ap_northeast_2
  load_balancer_arn = aws_lb.api_nlb.arn
  port              = 8082
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.catalog_tg.arn
  }

  tags = {
    Name = "api internal nlb"
  }
}

resource "aws_lb_target_group" "orders_tg" {
  provider    = aws.api_ap_northeast_2
  name        = "orders-nodeport"
  target_type = "instance"
  port        = 30080
  protocol    = "TCP"
  vpc_id      = aws_vpc.api_vpc.id

  tags = {
    Name = "orders nodeport"
  }
}

resource "aws_autoscaling_attachment" "orders_tg_eks_nodes" {
  provider               = aws.api_ap_northeast_2
  autoscaling_group_name = aws_eks_node_group.eks_nodes.resources[0].autoscaling_groups[0].name
  lb_target_group_arn    = aws_lb_target_group.orders_tg.arn
}

resource "aws_lb_target_group" "users_tg" {
  provider    = aws.api_ap_northeast_2
  name        = "users-nodeport"
  target_type = "instance"
  port        = 30081
  protocol    = "TCP"
  vpc_id      = aws_vpc.api_vpc.id

  tags = {
    Name = "users nodeport"
  }
}

resource "aws_autoscaling_attachment" "users_tg_eks_nodes" {
  provider               = aws.api_ap_northeast_2
  autoscaling_group_name = aws_eks_node_group.eks_nodes.resources[0].autoscaling_groups[0].name
  lb_target_group_arn    = aws_lb_target_group.users_tg.arn
}

resource "aws_lb_target_group" "catalog_tg" {
  provider    = aws.api_ap_northeast_2
  name        = "catalog-nodeport"
  target_type = "instance"
  port        = 30082
  protocol    = "TCP"
  vpc_id      = aws_vpc.api_vpc.id

  tags = {
    Name = "catalog nodeport"
  }
}

resource "aws_autoscaling_attachment" "catalog_tg_eks_nodes" {
  provider               = aws.api_ap_northeast_2
  autoscaling_group_name = aws_eks_node_group.eks_nodes.resources[0].autoscaling_groups[0].name
  lb_target_group_arn    = aws_lb_target_group.catalog_tg.arn
}
