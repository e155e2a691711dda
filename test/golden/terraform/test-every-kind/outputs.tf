output "hub_vpc_id" {
  description = "Id of the VPC \"hub\""
  value       = aws_vpc.hub.id
}

output "spoke_vpc_id" {
  description = "Id of the VPC \"spoke\""
  value       = aws_vpc.spoke.id
}

output "dr_vpc_id" {
  description = "Id of the VPC \"dr\""
  value       = aws_vpc.dr.id
}

output "hub_pub_a_subnet_id" {
  description = "Id of the subnet \"hub public a\""
  value       = aws_subnet.hub_pub_a.id
}

output "hub_pub_c_subnet_id" {
  description = "Id of the subnet \"hub public c\""
  value       = aws_subnet.hub_pub_c.id
}

output "hub_tgw_a_subnet_id" {
  description = "Id of the subnet \"hub tgw a\""
  value       = aws_subnet.hub_tgw_a.id
}

output "hub_fw_a_subnet_id" {
  description = "Id of the subnet \"hub firewall a\""
  value       = aws_subnet.hub_fw_a.id
}

output "spoke_a_subnet_id" {
  description = "Id of the subnet \"spoke a\""
  value       = aws_subnet.spoke_a.id
}

output "spoke_c_subnet_id" {
  description = "Id of the subnet \"spoke c\""
  value       = aws_subnet.spoke_c.id
}

output "dr_a_subnet_id" {
  description = "Id of the subnet \"dr a\""
  value       = aws_subnet.dr_a.id
}

output "eip_nat_public_ip" {
  description = "Public address of an Elastic IP"
  value       = aws_eip.eip_nat.public_ip
}

output "eip_nlb_public_ip" {
  description = "Public address of an Elastic IP"
  value       = aws_eip.eip_nlb.public_ip
}

output "eip_bastion_public_ip" {
  description = "Public address of an Elastic IP"
  value       = aws_eip.eip_bastion.public_ip
}

output "nat_a_public_ip" {
  description = "Public address of a NAT gateway (for partner allowlists)"
  value       = aws_nat_gateway.nat_a.public_ip
}

output "nlb_dns_name" {
  description = "DNS name of a load balancer"
  value       = aws_lb.nlb.dns_name
}

output "nlb_static_ips" {
  description = "Static public addresses of a Network Load Balancer"
  value       = [aws_eip.eip_nlb.public_ip]
}

output "alb_dns_name" {
  description = "DNS name of a load balancer"
  value       = aws_lb.alb.dns_name
}

output "mq_endpoints" {
  description = "Endpoints of an Amazon MQ broker"
  value       = aws_mq_broker.mq.instances[0].endpoints
}

output "mq_active_endpoints" {
  description = "Endpoints of an Amazon MQ broker"
  value       = aws_mq_broker.mq_active.instances[0].endpoints
}

output "api_rest_invoke_url" {
  description = "Invoke URL of a REST API stage"
  value       = aws_api_gateway_stage.api_rest.invoke_url
}

output "api_http_endpoint" {
  description = "Invoke URL of an HTTP API"
  value       = aws_apigatewayv2_api.api_http.api_endpoint
}

output "i_bastion_private_ip" {
  description = "Private address of an EC2 instance"
  value       = aws_instance.i_bastion.private_ip
}

output "i_proxy_private_ip" {
  description = "Private address of an EC2 instance"
  value       = aws_instance.i_proxy.private_ip
}
