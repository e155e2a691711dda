output "vpc_a_vpc_id" {
  description = "Id of the VPC \"vpc-a\""
  value       = aws_vpc.vpc_a.id
}

output "vpc_b_vpc_id" {
  description = "Id of the VPC \"vpc-b\""
  value       = aws_vpc.vpc_b.id
}

output "vpc_a_private_a_subnet_id" {
  description = "Id of the subnet \"private-a\""
  value       = aws_subnet.vpc_a_private_a.id
}

output "vpc_a_private_c_subnet_id" {
  description = "Id of the subnet \"private-c\""
  value       = aws_subnet.vpc_a_private_c.id
}

output "vpc_a_routable_a_subnet_id" {
  description = "Id of the subnet \"routable-a\""
  value       = aws_subnet.vpc_a_routable_a.id
}

output "vpc_a_routable_c_subnet_id" {
  description = "Id of the subnet \"routable-c\""
  value       = aws_subnet.vpc_a_routable_c.id
}

output "vpc_a_tgw_a_subnet_id" {
  description = "Id of the subnet \"tgw-a\""
  value       = aws_subnet.vpc_a_tgw_a.id
}

output "vpc_a_tgw_c_subnet_id" {
  description = "Id of the subnet \"tgw-c\""
  value       = aws_subnet.vpc_a_tgw_c.id
}

output "vpc_b_private_a_subnet_id" {
  description = "Id of the subnet \"private-a\""
  value       = aws_subnet.vpc_b_private_a.id
}

output "vpc_b_private_c_subnet_id" {
  description = "Id of the subnet \"private-c\""
  value       = aws_subnet.vpc_b_private_c.id
}

output "vpc_b_routable_a_subnet_id" {
  description = "Id of the subnet \"routable-a\""
  value       = aws_subnet.vpc_b_routable_a.id
}

output "vpc_b_routable_c_subnet_id" {
  description = "Id of the subnet \"routable-c\""
  value       = aws_subnet.vpc_b_routable_c.id
}

output "vpc_b_tgw_a_subnet_id" {
  description = "Id of the subnet \"tgw-a\""
  value       = aws_subnet.vpc_b_tgw_a.id
}

output "vpc_b_tgw_c_subnet_id" {
  description = "Id of the subnet \"tgw-c\""
  value       = aws_subnet.vpc_b_tgw_c.id
}

output "vpc_b_alb_dns_name" {
  description = "DNS name of a load balancer"
  value       = aws_lb.vpc_b_alb.dns_name
}
