output "nat_eip_public_ip" {
  description = "Public address of an Elastic IP"
  value       = aws_eip.nat_eip.public_ip
}

output "nlb_eip_public_ip" {
  description = "Public address of an Elastic IP"
  value       = aws_eip.nlb_eip.public_ip
}

output "bastion_eip_public_ip" {
  description = "Public address of an Elastic IP"
  value       = aws_eip.bastion_eip.public_ip
}

output "nat_a_public_ip" {
  description = "Public address of a NAT gateway (for partner allowlists)"
  value       = aws_nat_gateway.nat_a.public_ip
}

output "public_nlb_dns_name" {
  description = "DNS name of a load balancer"
  value       = aws_lb.public_nlb.dns_name
}

output "public_nlb_static_ips" {
  description = "Static public addresses of a Network Load Balancer"
  value       = [aws_eip.nlb_eip.public_ip]
}

output "internal_alb_dns_name" {
  description = "DNS name of a load balancer"
  value       = aws_lb.internal_alb.dns_name
}

output "orders_mq_endpoints" {
  description = "Endpoints of an Amazon MQ broker"
  value       = aws_mq_broker.orders_mq.instances[0].endpoints
}

output "legacy_mq_endpoints" {
  description = "Endpoints of an Amazon MQ broker"
  value       = aws_mq_broker.legacy_mq.instances[0].endpoints
}

output "orders_api_id" {
  description = "Id of a REST API"
  value       = aws_api_gateway_rest_api.orders_api.id
}

output "web_api_endpoint" {
  description = "Invoke URL of an HTTP API"
  value       = aws_apigatewayv2_api.web_api.api_endpoint
}

output "bastion_private_ip" {
  description = "Private address of an EC2 instance"
  value       = aws_instance.bastion.private_ip
}

output "proxy_private_ip" {
  description = "Private address of an EC2 instance"
  value       = aws_instance.proxy.private_ip
}
