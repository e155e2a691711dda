output "egress_nat_a_eip_public_ip" {
  description = "Public address of an Elastic IP"
  value       = aws_eip.egress_nat_a_eip.public_ip
}

output "egress_nat_c_eip_public_ip" {
  description = "Public address of an Elastic IP"
  value       = aws_eip.egress_nat_c_eip.public_ip
}

output "egress_nat_a_public_ip" {
  description = "Public address of a NAT gateway (for partner allowlists)"
  value       = aws_nat_gateway.egress_nat_a.public_ip
}

output "egress_nat_c_public_ip" {
  description = "Public address of a NAT gateway (for partner allowlists)"
  value       = aws_nat_gateway.egress_nat_c.public_ip
}

output "orders_private_ip" {
  description = "Private address of an EC2 instance"
  value       = aws_instance.orders.private_ip
}

output "billing_private_ip" {
  description = "Private address of an EC2 instance"
  value       = aws_instance.billing.private_ip
}
