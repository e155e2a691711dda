output "prod_vpc_vpc_id" {
  description = "Id of the VPC \"prod\""
  value       = aws_vpc.prod_vpc.id
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

output "nlb_eip_a_public_ip" {
  description = "Public address of an Elastic IP"
  value       = data.aws_eip.nlb_eip_a.public_ip
}

output "nlb_eip_c_public_ip" {
  description = "Public address of an Elastic IP"
  value       = data.aws_eip.nlb_eip_c.public_ip
}

output "nat_a_public_ip" {
  description = "Public address of a NAT gateway (for partner allowlists)"
  value       = aws_nat_gateway.nat_a.public_ip
}

output "nat_c_public_ip" {
  description = "Public address of a NAT gateway (for partner allowlists)"
  value       = aws_nat_gateway.nat_c.public_ip
}

output "partner_nlb_dns_name" {
  description = "DNS name of a load balancer"
  value       = aws_lb.partner_nlb.dns_name
}

output "partner_nlb_static_ips" {
  description = "Static public addresses of a Network Load Balancer"
  value       = [data.aws_eip.nlb_eip_a.public_ip, data.aws_eip.nlb_eip_c.public_ip]
}

output "proxy_1_private_ip" {
  description = "Private address of an EC2 instance"
  value       = aws_instance.proxy_1.private_ip
}

output "proxy_2_private_ip" {
  description = "Private address of an EC2 instance"
  value       = aws_instance.proxy_2.private_ip
}

output "proxy_3_private_ip" {
  description = "Private address of an EC2 instance"
  value       = aws_instance.proxy_3.private_ip
}

output "proxy_4_private_ip" {
  description = "Private address of an EC2 instance"
  value       = aws_instance.proxy_4.private_ip
}
