output "app_seoul_vpc_id" {
  description = "Id of the VPC \"app seoul\""
  value       = aws_vpc.app_seoul.id
}

output "data_seoul_vpc_id" {
  description = "Id of the VPC \"data seoul\""
  value       = aws_vpc.data_seoul.id
}

output "app_tokyo_vpc_id" {
  description = "Id of the VPC \"app tokyo\""
  value       = aws_vpc.app_tokyo.id
}

output "app_seoul_private_a_subnet_id" {
  description = "Id of the subnet \"private-a\""
  value       = aws_subnet.app_seoul_private_a.id
}

output "app_seoul_tgw_a_subnet_id" {
  description = "Id of the subnet \"tgw-a\""
  value       = aws_subnet.app_seoul_tgw_a.id
}

output "data_seoul_private_a_subnet_id" {
  description = "Id of the subnet \"private-a\""
  value       = aws_subnet.data_seoul_private_a.id
}

output "data_seoul_tgw_a_subnet_id" {
  description = "Id of the subnet \"tgw-a\""
  value       = aws_subnet.data_seoul_tgw_a.id
}

output "app_tokyo_private_a_subnet_id" {
  description = "Id of the subnet \"private-a\""
  value       = aws_subnet.app_tokyo_private_a.id
}

output "app_tokyo_tgw_a_subnet_id" {
  description = "Id of the subnet \"tgw-a\""
  value       = aws_subnet.app_tokyo_tgw_a.id
}

output "app_seoul_server_private_ip" {
  description = "Private address of an EC2 instance"
  value       = aws_instance.app_seoul_server.private_ip
}

output "data_seoul_server_private_ip" {
  description = "Private address of an EC2 instance"
  value       = aws_instance.data_seoul_server.private_ip
}

output "app_tokyo_server_private_ip" {
  description = "Private address of an EC2 instance"
  value       = aws_instance.app_tokyo_server.private_ip
}
