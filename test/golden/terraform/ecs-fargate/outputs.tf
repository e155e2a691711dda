output "opsnow_vpc_vpc_id" {
  description = "Id of the VPC \"opsnow\""
  value       = aws_vpc.opsnow_vpc.id
}

output "public_a_subnet_id" {
  description = "Id of the subnet \"public-a\""
  value       = aws_subnet.public_a.id
}

output "public_c_subnet_id" {
  description = "Id of the subnet \"public-c\""
  value       = aws_subnet.public_c.id
}

output "private_a_subnet_id" {
  description = "Id of the subnet \"private-a\""
  value       = aws_subnet.private_a.id
}

output "private_c_subnet_id" {
  description = "Id of the subnet \"private-c\""
  value       = aws_subnet.private_c.id
}

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
