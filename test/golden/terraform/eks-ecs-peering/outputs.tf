output "vpc_a_nat_a_eip_public_ip" {
  description = "Public address of an Elastic IP"
  value       = aws_eip.vpc_a_nat_a_eip.public_ip
}

output "vpc_a_nat_c_eip_public_ip" {
  description = "Public address of an Elastic IP"
  value       = aws_eip.vpc_a_nat_c_eip.public_ip
}

output "vpc_b_nat_a_eip_public_ip" {
  description = "Public address of an Elastic IP"
  value       = aws_eip.vpc_b_nat_a_eip.public_ip
}

output "vpc_b_nat_c_eip_public_ip" {
  description = "Public address of an Elastic IP"
  value       = aws_eip.vpc_b_nat_c_eip.public_ip
}

output "vpc_c_nat_a_eip_public_ip" {
  description = "Public address of an Elastic IP"
  value       = aws_eip.vpc_c_nat_a_eip.public_ip
}

output "vpc_c_nat_c_eip_public_ip" {
  description = "Public address of an Elastic IP"
  value       = aws_eip.vpc_c_nat_c_eip.public_ip
}

output "vpc_a_nat_a_public_ip" {
  description = "Public address of a NAT gateway (for partner allowlists)"
  value       = aws_nat_gateway.vpc_a_nat_a.public_ip
}

output "vpc_a_nat_c_public_ip" {
  description = "Public address of a NAT gateway (for partner allowlists)"
  value       = aws_nat_gateway.vpc_a_nat_c.public_ip
}

output "vpc_b_nat_a_public_ip" {
  description = "Public address of a NAT gateway (for partner allowlists)"
  value       = aws_nat_gateway.vpc_b_nat_a.public_ip
}

output "vpc_b_nat_c_public_ip" {
  description = "Public address of a NAT gateway (for partner allowlists)"
  value       = aws_nat_gateway.vpc_b_nat_c.public_ip
}

output "vpc_c_nat_a_public_ip" {
  description = "Public address of a NAT gateway (for partner allowlists)"
  value       = aws_nat_gateway.vpc_c_nat_a.public_ip
}

output "vpc_c_nat_c_public_ip" {
  description = "Public address of a NAT gateway (for partner allowlists)"
  value       = aws_nat_gateway.vpc_c_nat_c.public_ip
}

output "vpc_b_alb_dns_name" {
  description = "DNS name of a load balancer"
  value       = aws_lb.vpc_b_alb.dns_name
}

output "vpc_c_reports_private_ip" {
  description = "Private address of an EC2 instance"
  value       = aws_instance.vpc_c_reports.private_ip
}
