output "nat_a_address_public_ip" {
  description = "Public address of an Elastic IP"
  value       = aws_eip.nat_a_address.public_ip
}

output "nat_c_address_public_ip" {
  description = "Public address of an Elastic IP"
  value       = aws_eip.nat_c_address.public_ip
}

output "partner_entry_a_public_ip" {
  description = "Public address of an Elastic IP"
  value       = aws_eip.partner_entry_a.public_ip
}

output "partner_entry_c_public_ip" {
  description = "Public address of an Elastic IP"
  value       = aws_eip.partner_entry_c.public_ip
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
  value       = [aws_eip.partner_entry_a.public_ip, aws_eip.partner_entry_c.public_ip]
}

output "nginx_1_private_ip" {
  description = "Private address of an EC2 instance"
  value       = aws_instance.nginx_1.private_ip
}

output "nginx_2_private_ip" {
  description = "Private address of an EC2 instance"
  value       = aws_instance.nginx_2.private_ip
}

output "nginx_3_private_ip" {
  description = "Private address of an EC2 instance"
  value       = aws_instance.nginx_3.private_ip
}

output "nginx_4_private_ip" {
  description = "Private address of an EC2 instance"
  value       = aws_instance.nginx_4.private_ip
}
