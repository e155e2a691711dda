output "egress_nat_public_ip" {
  description = "Public address of a NAT gateway (for partner allowlists)"
  value       = aws_nat_gateway.egress_nat.public_ip
}

output "app_nlb_dns_name" {
  description = "DNS name of a load balancer"
  value       = aws_lb.app_nlb.dns_name
}

output "orders_endpoints" {
  description = "Endpoints of an Amazon MQ broker"
  value       = aws_mq_broker.orders.instances[0].endpoints
}
