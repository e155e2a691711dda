output "orders_internal_alb_dns_name" {
  description = "DNS name of a load balancer"
  value       = aws_lb.orders_internal_alb.dns_name
}
