output "spoke_orders_vpc_id" {
  description = "Id of the VPC \"orders spoke\""
  value       = aws_vpc.spoke_orders.id
}

output "spoke_billing_vpc_id" {
  description = "Id of the VPC \"billing spoke\""
  value       = aws_vpc.spoke_billing.id
}

output "inspection_vpc_id" {
  description = "Id of the VPC \"inspection\""
  value       = aws_vpc.inspection.id
}

output "egress_vpc_id" {
  description = "Id of the VPC \"egress\""
  value       = aws_vpc.egress.id
}

output "spoke_orders_app_a_subnet_id" {
  description = "Id of the subnet \"app-a\""
  value       = aws_subnet.spoke_orders_app_a.id
}

output "spoke_orders_app_c_subnet_id" {
  description = "Id of the subnet \"app-c\""
  value       = aws_subnet.spoke_orders_app_c.id
}

output "spoke_orders_tgw_a_subnet_id" {
  description = "Id of the subnet \"tgw-a\""
  value       = aws_subnet.spoke_orders_tgw_a.id
}

output "spoke_orders_tgw_c_subnet_id" {
  description = "Id of the subnet \"tgw-c\""
  value       = aws_subnet.spoke_orders_tgw_c.id
}

output "spoke_billing_app_a_subnet_id" {
  description = "Id of the subnet \"app-a\""
  value       = aws_subnet.spoke_billing_app_a.id
}

output "spoke_billing_app_c_subnet_id" {
  description = "Id of the subnet \"app-c\""
  value       = aws_subnet.spoke_billing_app_c.id
}

output "spoke_billing_tgw_a_subnet_id" {
  description = "Id of the subnet \"tgw-a\""
  value       = aws_subnet.spoke_billing_tgw_a.id
}

output "spoke_billing_tgw_c_subnet_id" {
  description = "Id of the subnet \"tgw-c\""
  value       = aws_subnet.spoke_billing_tgw_c.id
}

output "inspection_tgw_a_subnet_id" {
  description = "Id of the subnet \"tgw-a\""
  value       = aws_subnet.inspection_tgw_a.id
}

output "inspection_fw_a_subnet_id" {
  description = "Id of the subnet \"firewall-a\""
  value       = aws_subnet.inspection_fw_a.id
}

output "inspection_tgw_c_subnet_id" {
  description = "Id of the subnet \"tgw-c\""
  value       = aws_subnet.inspection_tgw_c.id
}

output "inspection_fw_c_subnet_id" {
  description = "Id of the subnet \"firewall-c\""
  value       = aws_subnet.inspection_fw_c.id
}

output "egress_public_a_subnet_id" {
  description = "Id of the subnet \"public-a\""
  value       = aws_subnet.egress_public_a.id
}

output "egress_public_c_subnet_id" {
  description = "Id of the subnet \"public-c\""
  value       = aws_subnet.egress_public_c.id
}

output "egress_tgw_a_subnet_id" {
  description = "Id of the subnet \"tgw-a\""
  value       = aws_subnet.egress_tgw_a.id
}

output "egress_tgw_c_subnet_id" {
  description = "Id of the subnet \"tgw-c\""
  value       = aws_subnet.egress_tgw_c.id
}

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
