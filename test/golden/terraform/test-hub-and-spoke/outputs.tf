output "nat_public_ip" {
  description = "Public address of a NAT gateway (for partner allowlists)"
  value       = aws_nat_gateway.nat.public_ip
}

output "nlb_app_dns_name" {
  description = "DNS name of a load balancer"
  value       = aws_lb.nlb_app.dns_name
}

output "mq_endpoints" {
  description = "Endpoints of an Amazon MQ broker"
  value       = aws_mq_broker.mq.instances[0].endpoints
}
