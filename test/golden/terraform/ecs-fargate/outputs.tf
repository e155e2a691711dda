output "nat_a_eip_public_ip" {
  description = "Public address of an Elastic IP"
  value       = aws_eip.nat_a_eip.public_ip
}

output "nat_c_eip_public_ip" {
  description = "Public address of an Elastic IP"
  value       = aws_eip.nat_c_eip.public_ip
}

output "nat_a_public_ip" {
  description = "Public address of a NAT gateway (for partner allowlists)"
  value       = aws_nat_gateway.nat_a.public_ip
}

output "nat_c_public_ip" {
  description = "Public address of a NAT gateway (for partner allowlists)"
  value       = aws_nat_gateway.nat_c.public_ip
}

output "internal_alb_dns_name" {
  description = "DNS name of a load balancer"
  value       = aws_lb.internal_alb.dns_name
}
