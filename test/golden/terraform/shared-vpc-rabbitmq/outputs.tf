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
