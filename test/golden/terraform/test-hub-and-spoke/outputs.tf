output "egress_vpc_id" {
  description = "Id of the VPC \"egress\""
  value       = aws_vpc.egress.id
}

output "app_vpc_id" {
  description = "Id of the VPC \"app\""
  value       = aws_vpc.app.id
}

output "egress_public_a_subnet_id" {
  description = "Id of the subnet \"egress public a\""
  value       = aws_subnet.egress_public_a.id
}

output "egress_tgw_a_subnet_id" {
  description = "Id of the subnet \"egress tgw a\""
  value       = aws_subnet.egress_tgw_a.id
}

output "app_a_subnet_id" {
  description = "Id of the subnet \"app a\""
  value       = aws_subnet.app_a.id
}

output "app_c_subnet_id" {
  description = "Id of the subnet \"app c\""
  value       = aws_subnet.app_c.id
}

output "nat_public_ip" {
  description = "Public address of a NAT gateway (for partner allowlists)"
  value       = aws_nat_gateway.nat.public_ip
}

output "nlb_app_dns_name" {
  description = "DNS name of a load balancer"
  value       = aws_lb.nlb_app.dns_name
}

output "mq_endpoints" {
  description = "Endpoints of an Amazon MQ broker"
  value       = aws_mq_broker.mq.instances[0].endpoints
}
