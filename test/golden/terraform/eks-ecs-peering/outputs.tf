output "vpc_a_vpc_id" {
  description = "Id of the VPC \"vpc-a\""
  value       = aws_vpc.vpc_a.id
}

output "vpc_b_vpc_id" {
  description = "Id of the VPC \"vpc-b\""
  value       = aws_vpc.vpc_b.id
}

output "vpc_c_vpc_id" {
  description = "Id of the VPC \"vpc-c\""
  value       = aws_vpc.vpc_c.id
}

output "vpc_a_public_a_subnet_id" {
  description = "Id of the subnet \"public-a\""
  value       = aws_subnet.vpc_a_public_a.id
}

output "vpc_a_public_c_subnet_id" {
  description = "Id of the subnet \"public-c\""
  value       = aws_subnet.vpc_a_public_c.id
}

output "vpc_a_private_a_subnet_id" {
  description = "Id of the subnet \"private-a\""
  value       = aws_subnet.vpc_a_private_a.id
}

output "vpc_a_private_c_subnet_id" {
  description = "Id of the subnet \"private-c\""
  value       = aws_subnet.vpc_a_private_c.id
}

output "vpc_b_public_a_subnet_id" {
  description = "Id of the subnet \"public-a\""
  value       = aws_subnet.vpc_b_public_a.id
}

output "vpc_b_public_c_subnet_id" {
  description = "Id of the subnet \"public-c\""
  value       = aws_subnet.vpc_b_public_c.id
}

output "vpc_b_private_a_subnet_id" {
  description = "Id of the subnet \"private-a\""
  value       = aws_subnet.vpc_b_private_a.id
}

output "vpc_b_private_c_subnet_id" {
  description = "Id of the subnet \"private-c\""
  value       = aws_subnet.vpc_b_private_c.id
}

output "vpc_c_public_a_subnet_id" {
  description = "Id of the subnet \"public-a\""
  value       = aws_subnet.vpc_c_public_a.id
}

output "vpc_c_public_c_subnet_id" {
  description = "Id of the subnet \"public-c\""
  value       = aws_subnet.vpc_c_public_c.id
}

output "vpc_c_private_a_subnet_id" {
  description = "Id of the subnet \"private-a\""
  value       = aws_subnet.vpc_c_private_a.id
}

output "vpc_c_private_c_subnet_id" {
  description = "Id of the subnet \"private-c\""
  value       = aws_subnet.vpc_c_private_c.id
}

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
