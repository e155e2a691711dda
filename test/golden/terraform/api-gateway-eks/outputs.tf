output "nat_a_address_public_ip" {
  description = "Public address of an Elastic IP"
  value       = aws_eip.nat_a_address.public_ip
}

output "nat_c_address_public_ip" {
  description = "Public address of an Elastic IP"
  value       = aws_eip.nat_c_address.public_ip
}

output "nat_a_public_ip" {
  description = "Public address of a NAT gateway (for partner allowlists)"
  value       = aws_nat_gateway.nat_a.public_ip
}

output "nat_c_public_ip" {
  description = "Public address of a NAT gateway (for partner allowlists)"
  value       = aws_nat_gateway.nat_c.public_ip
}

output "api_internal_nlb_dns_name" {
  description = "DNS name of a load balancer"
  value       = aws_lb.api_internal_nlb.dns_name
}

output "public_api_id" {
  description = "Id of a REST API"
  value       = aws_api_gateway_rest_api.public_api.id
}
