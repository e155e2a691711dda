output "vpc_b_alb_dns_name" {
  description = "DNS name of a load balancer"
  value       = aws_lb.vpc_b_alb.dns_name
}
