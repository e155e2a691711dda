output "main_vpc_id" {
  description = "Id of the VPC \"main\""
  value       = aws_vpc.main.id
}

output "public_a_subnet_id" {
  description = "Id of the subnet \"public-a\""
  value       = aws_subnet.public_a.id
}

output "public_c_subnet_id" {
  description = "Id of the subnet \"public-c\""
  value       = aws_subnet.public_c.id
}

output "shared_a_subnet_id" {
  description = "Id of the subnet \"shared-a\""
  value       = aws_subnet.shared_a.id
}

output "shared_c_subnet_id" {
  description = "Id of the subnet \"shared-c\""
  value       = aws_subnet.shared_c.id
}

output "main_nat_a_eip_public_ip" {
  description = "Public address of an Elastic IP"
  value       = aws_eip.main_nat_a_eip.public_ip
}

output "main_nat_c_eip_public_ip" {
  description = "Public address of an Elastic IP"
  value       = aws_eip.main_nat_c_eip.public_ip
}

output "main_nat_a_public_ip" {
  description = "Public address of a NAT gateway (for partner allowlists)"
  value       = aws_nat_gateway.main_nat_a.public_ip
}

output "main_nat_c_public_ip" {
  description = "Public address of a NAT gateway (for partner allowlists)"
  value       = aws_nat_gateway.main_nat_c.public_ip
}

output "orders_mq_endpoints" {
  description = "Endpoints of an Amazon MQ broker"
  value       = aws_mq_broker.orders_mq.instances[0].endpoints
}

output "batch_1_private_ip" {
  description = "Private address of an EC2 instance"
  value       = aws_instance.batch_1.private_ip
}
