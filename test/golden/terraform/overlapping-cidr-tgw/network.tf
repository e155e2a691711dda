# VPCs, subnets, route tables, gateways, peering, transit gateways, endpoints and RAM shares.

resource "aws_vpc" "vpc_a" {
  provider             = aws.team_eks_ap_northeast_2
  cidr_block           = "10.0.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name = "vpc-a"
  }
}

resource "aws_vpc_ipv4_cidr_block_association" "vpc_a_10_100_0_0_24" {
  provider   = aws.team_eks_ap_northeast_2
  vpc_id     = aws_vpc.vpc_a.id
  cidr_block = "10.100.0.0/24"
}

resource "aws_vpc" "vpc_b" {
  provider             = aws.team_ecs_ap_northeast_2
  cidr_block           = "10.0.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name = "vpc-b"
  }
}

resource "aws_vpc_ipv4_cidr_block_association" "vpc_b_10_101_0_0_24" {
  provider   = aws.team_ecs_ap_northeast_2
  vpc_id     = aws_vpc.vpc_b.id
  cidr_block = "10.101.0.0/24"
}

resource "aws_subnet" "vpc_a_private_a" {
  provider             = aws.team_eks_ap_northeast_2
  vpc_id               = aws_vpc.vpc_a.id
  cidr_block           = "10.0.1.0/24"
  availability_zone_id = "apne2-az1"

  tags = {
    Name = "private-a"
  }
}

resource "aws_route_table_association" "vpc_a_private_a" {
  provider       = aws.team_eks_ap_northeast_2
  subnet_id      = aws_subnet.vpc_a_private_a.id
  route_table_id = aws_route_table.vpc_a_rtb_private.id
}

resource "aws_subnet" "vpc_a_private_c" {
  provider             = aws.team_eks_ap_northeast_2
  vpc_id               = aws_vpc.vpc_a.id
  cidr_block           = "10.0.2.0/24"
  availability_zone_id = "apne2-az3"

  tags = {
    Name = "private-c"
  }
}

resource "aws_route_table_association" "vpc_a_private_c" {
  provider       = aws.team_eks_ap_northeast_2
  subnet_id      = aws_subnet.vpc_a_private_c.id
  route_table_id = aws_route_table.vpc_a_rtb_private.id
}

resource "aws_subnet" "vpc_a_routable_a" {
  provider             = aws.team_eks_ap_northeast_2
  vpc_id               = aws_vpc_ipv4_cidr_block_association.vpc_a_10_100_0_0_24.vpc_id
  cidr_block           = "10.100.0.0/26"
  availability_zone_id = "apne2-az1"

  tags = {
    Name = "routable-a"
  }
}

resource "aws_route_table_association" "vpc_a_routable_a" {
  provider       = aws.team_eks_ap_northeast_2
  subnet_id      = aws_subnet.vpc_a_routable_a.id
  route_table_id = aws_route_table.vpc_a_rtb_routable.id
}

resource "aws_subnet" "vpc_a_routable_c" {
  provider             = aws.team_eks_ap_northeast_2
  vpc_id               = aws_vpc_ipv4_cidr_block_association.vpc_a_10_100_0_0_24.vpc_id
  cidr_block           = "10.100.0.64/26"
  availability_zone_id = "apne2-az3"

  tags = {
    Name = "routable-c"
  }
}

resource "aws_route_table_association" "vpc_a_routable_c" {
  provider       = aws.team_eks_ap_northeast_2
  subnet_id      = aws_subnet.vpc_a_routable_c.id
  route_table_id = aws_route_table.vpc_a_rtb_routable.id
}

resource "aws_subnet" "vpc_a_tgw_a" {
  provider             = aws.team_eks_ap_northeast_2
  vpc_id               = aws_vpc_ipv4_cidr_block_association.vpc_a_10_100_0_0_24.vpc_id
  cidr_block           = "10.100.0.128/28"
  availability_zone_id = "apne2-az1"

  tags = {
    Name = "tgw-a"
  }
}

resource "aws_route_table_association" "vpc_a_tgw_a" {
  provider       = aws.team_eks_ap_northeast_2
  subnet_id      = aws_subnet.vpc_a_tgw_a.id
  route_table_id = aws_route_table.vpc_a_rtb_routable.id
}

resource "aws_subnet" "vpc_a_tgw_c" {
  provider             = aws.team_eks_ap_northeast_2
  vpc_id               = aws_vpc_ipv4_cidr_block_association.vpc_a_10_100_0_0_24.vpc_id
  cidr_block           = "10.100.0.144/28"
  availability_zone_id = "apne2-az3"

  tags = {
    Name = "tgw-c"
  }
}

resource "aws_route_table_association" "vpc_a_tgw_c" {
  provider       = aws.team_eks_ap_northeast_2
  subnet_id      = aws_subnet.vpc_a_tgw_c.id
  route_table_id = aws_route_table.vpc_a_rtb_routable.id
}

resource "aws_subnet" "vpc_b_private_a" {
  provider             = aws.team_ecs_ap_northeast_2
  vpc_id               = aws_vpc.vpc_b.id
  cidr_block           = "10.0.1.0/24"
  availability_zone_id = "apne2-az1"

  tags = {
    Name = "private-a"
  }
}

resource "aws_route_table_association" "vpc_b_private_a" {
  provider       = aws.team_ecs_ap_northeast_2
  subnet_id      = aws_subnet.vpc_b_private_a.id
  route_table_id = aws_route_table.vpc_b_rtb_private.id
}

resource "aws_subnet" "vpc_b_private_c" {
  provider             = aws.team_ecs_ap_northeast_2
  vpc_id               = aws_vpc.vpc_b.id
  cidr_block           = "10.0.2.0/24"
  availability_zone_id = "apne2-az3"

  tags = {
    Name = "private-c"
  }
}

resource "aws_route_table_association" "vpc_b_private_c" {
  provider       = aws.team_ecs_ap_northeast_2
  subnet_id      = aws_subnet.vpc_b_private_c.id
  route_table_id = aws_route_table.vpc_b_rtb_private.id
}

resource "aws_subnet" "vpc_b_routable_a" {
  provider             = aws.team_ecs_ap_northeast_2
  vpc_id               = aws_vpc_ipv4_cidr_block_association.vpc_b_10_101_0_0_24.vpc_id
  cidr_block           = "10.101.0.0/26"
  availability_zone_id = "apne2-az1"

  tags = {
    Name = "routable-a"
  }
}

resource "aws_route_table_association" "vpc_b_routable_a" {
  provider       = aws.team_ecs_ap_northeast_2
  subnet_id      = aws_subnet.vpc_b_routable_a.id
  route_table_id = aws_route_table.vpc_b_rtb_routable.id
}

resource "aws_subnet" "vpc_b_routable_c" {
  provider             = aws.team_ecs_ap_northeast_2
  vpc_id               = aws_vpc_ipv4_cidr_block_association.vpc_b_10_101_0_0_24.vpc_id
  cidr_block           = "10.101.0.64/26"
  availability_zone_id = "apne2-az3"

  tags = {
    Name = "routable-c"
  }
}

resource "aws_route_table_association" "vpc_b_routable_c" {
  provider       = aws.team_ecs_ap_northeast_2
  subnet_id      = aws_subnet.vpc_b_routable_c.id
  route_table_id = aws_route_table.vpc_b_rtb_routable.id
}

resource "aws_subnet" "vpc_b_tgw_a" {
  provider             = aws.team_ecs_ap_northeast_2
  vpc_id               = aws_vpc_ipv4_cidr_block_association.vpc_b_10_101_0_0_24.vpc_id
  cidr_block           = "10.101.0.128/28"
  availability_zone_id = "apne2-az1"

  tags = {
    Name = "tgw-a"
  }
}

resource "aws_route_table_association" "vpc_b_tgw_a" {
  provider       = aws.team_ecs_ap_northeast_2
  subnet_id      = aws_subnet.vpc_b_tgw_a.id
  route_table_id = aws_route_table.vpc_b_rtb_routable.id
}

resource "aws_subnet" "vpc_b_tgw_c" {
  provider             = aws.team_ecs_ap_northeast_2
  vpc_id               = aws_vpc_ipv4_cidr_block_association.vpc_b_10_101_0_0_24.vpc_id
  cidr_block           = "10.101.0.144/28"
  availability_zone_id = "apne2-az3"

  tags = {
    Name = "tgw-c"
  }
}

resource "aws_route_table_association" "vpc_b_tgw_c" {
  provider       = aws.team_ecs_ap_northeast_2
  subnet_id      = aws_subnet.vpc_b_tgw_c.id
  route_table_id = aws_route_table.vpc_b_rtb_routable.id
}

resource "aws_nat_gateway" "vpc_a_private_nat" {
  provider          = aws.team_eks_ap_northeast_2
  connectivity_type = "private"
  subnet_id         = aws_subnet.vpc_a_routable_a.id
  private_ip        = "10.100.0.10"

  tags = {
    Name = "A private NAT"
  }
}

resource "aws_ec2_transit_gateway" "tgw" {
  provider                        = aws.team_eks_ap_northeast_2
  amazon_side_asn                 = 64512
  default_route_table_association = "disable"
  default_route_table_propagation = "disable"

  tags = {
    Name = "shared tgw"
  }
}

resource "aws_ec2_transit_gateway_route_table" "tgw_tgw_rtb" {
  provider           = aws.team_eks_ap_northeast_2
  transit_gateway_id = aws_ec2_transit_gateway.tgw.id

  tags = {
    Name = "shared tgw"
  }
}

resource "aws_ec2_transit_gateway_route" "tgw_tgw_rtb_to_10_100_0_0_24" {
  provider                       = aws.team_eks_ap_northeast_2
  destination_cidr_block         = "10.100.0.0/24"
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_tgw_rtb.id
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.vpc_a_attach.id
}

resource "aws_ec2_transit_gateway_route" "tgw_tgw_rtb_to_10_101_0_0_24" {
  provider                       = aws.team_eks_ap_northeast_2
  destination_cidr_block         = "10.101.0.0/24"
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_tgw_rtb.id
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.vpc_b_attach.id
}

resource "aws_ec2_transit_gateway_vpc_attachment" "vpc_a_attach" {
  provider                                        = aws.team_eks_ap_northeast_2
  subnet_ids                                      = [aws_subnet.vpc_a_tgw_a.id, aws_subnet.vpc_a_tgw_c.id]
  transit_gateway_id                              = aws_ec2_transit_gateway.tgw.id
  vpc_id                                          = aws_vpc.vpc_a.id
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name = "vpc-a → tgw"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "vpc_a_attach_tgw_rtb" {
  provider                       = aws.team_eks_ap_northeast_2
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.vpc_a_attach.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_tgw_rtb.id
}

resource "aws_ec2_transit_gateway_vpc_attachment" "vpc_b_attach" {
  provider           = aws.team_ecs_ap_northeast_2
  subnet_ids         = [aws_subnet.vpc_b_tgw_a.id, aws_subnet.vpc_b_tgw_c.id]
  transit_gateway_id = aws_ec2_transit_gateway.tgw.id
  vpc_id             = aws_vpc.vpc_b.id

  tags = {
    Name = "vpc-b → tgw"
  }
  depends_on = [aws_ram_principal_association.share_tgw_team_ecs, aws_ram_resource_association.share_tgw_tgw]
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "vpc_b_attach" {
  provider                                        = aws.team_eks_ap_northeast_2
  transit_gateway_attachment_id                   = aws_ec2_transit_gateway_vpc_attachment.vpc_b_attach.id
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name = "vpc-b → tgw"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "vpc_b_attach_tgw_rtb" {
  provider                       = aws.team_eks_ap_northeast_2
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.vpc_b_attach.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_tgw_rtb.id
}

resource "aws_default_route_table" "vpc_a_rtb_main" {
  provider               = aws.team_eks_ap_northeast_2
  default_route_table_id = aws_vpc.vpc_a.default_route_table_id

  tags = {
    Name = "vpc-a main"
  }
}

resource "aws_route_table" "vpc_a_rtb_private" {
  provider = aws.team_eks_ap_northeast_2
  vpc_id   = aws_vpc.vpc_a.id

  tags = {
    Name = "vpc-a private"
  }
}

resource "aws_route" "vpc_a_rtb_private_to_10_101_0_0_24" {
  provider               = aws.team_eks_ap_northeast_2
  route_table_id         = aws_route_table.vpc_a_rtb_private.id
  destination_cidr_block = "10.101.0.0/24"
  nat_gateway_id         = aws_nat_gateway.vpc_a_private_nat.id
}

resource "aws_route_table" "vpc_a_rtb_routable" {
  provider = aws.team_eks_ap_northeast_2
  vpc_id   = aws_vpc.vpc_a.id

  tags = {
    Name = "vpc-a routable"
  }
}

resource "aws_route" "vpc_a_rtb_routable_to_10_101_0_0_24" {
  provider               = aws.team_eks_ap_northeast_2
  route_table_id         = aws_route_table.vpc_a_rtb_routable.id
  destination_cidr_block = "10.101.0.0/24"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.vpc_a_attach]
}

resource "aws_default_route_table" "vpc_b_rtb_main" {
  provider               = aws.team_ecs_ap_northeast_2
  default_route_table_id = aws_vpc.vpc_b.default_route_table_id

  tags = {
    Name = "vpc-b main"
  }
}

resource "aws_route_table" "vpc_b_rtb_private" {
  provider = aws.team_ecs_ap_northeast_2
  vpc_id   = aws_vpc.vpc_b.id

  tags = {
    Name = "vpc-b private"
  }
}

resource "aws_route" "vpc_b_rtb_private_to_10_100_0_0_24" {
  provider               = aws.team_ecs_ap_northeast_2
  route_table_id         = aws_route_table.vpc_b_rtb_private.id
  destination_cidr_block = "10.100.0.0/24"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment_accepter.vpc_b_attach]
}

resource "aws_route_table" "vpc_b_rtb_routable" {
  provider = aws.team_ecs_ap_northeast_2
  vpc_id   = aws_vpc.vpc_b.id

  tags = {
    Name = "vpc-b routable"
  }
}

resource "aws_route" "vpc_b_rtb_routable_to_10_100_0_0_24" {
  provider               = aws.team_ecs_ap_northeast_2
  route_table_id         = aws_route_table.vpc_b_rtb_routable.id
  destination_cidr_block = "10.100.0.0/24"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment_accepter.vpc_b_attach]
}

resource "aws_ram_resource_share" "share_tgw" {
  provider = aws.team_eks_ap_northeast_2
  name     = "shared tgw → team-ecs"

  tags = {
    Name = "shared tgw → team-ecs"
  }
}

resource "aws_ram_resource_association" "share_tgw_tgw" {
  provider           = aws.team_eks_ap_northeast_2
  resource_arn       = aws_ec2_transit_gateway.tgw.arn
  resource_share_arn = aws_ram_resource_share.share_tgw.arn
}

resource "aws_ram_principal_association" "share_tgw_team_ecs" {
  provider           = aws.team_eks_ap_northeast_2
  principal          = var.account_id_team_ecs
  resource_share_arn = aws_ram_resource_share.share_tgw.arn
}
