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

resource "aws_vpc" "vpc_b" {
  provider             = aws.team_ecs_ap_northeast_2
  cidr_block           = "10.1.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name = "vpc-b"
  }
}

resource "aws_vpc" "vpc_c" {
  provider             = aws.team_ecs_ap_northeast_2
  cidr_block           = "10.2.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name = "vpc-c"
  }
}

resource "aws_subnet" "vpc_a_public_a" {
  provider                = aws.team_eks_ap_northeast_2
  vpc_id                  = aws_vpc.vpc_a.id
  cidr_block              = "10.0.0.0/24"
  availability_zone_id    = "apne2-az1"
  map_public_ip_on_launch = true

  tags = {
    Name = "public-a"
  }
}

resource "aws_route_table_association" "vpc_a_public_a" {
  provider       = aws.team_eks_ap_northeast_2
  subnet_id      = aws_subnet.vpc_a_public_a.id
  route_table_id = aws_route_table.vpc_a_rtb_public.id
}

resource "aws_subnet" "vpc_a_public_c" {
  provider                = aws.team_eks_ap_northeast_2
  vpc_id                  = aws_vpc.vpc_a.id
  cidr_block              = "10.0.1.0/24"
  availability_zone_id    = "apne2-az3"
  map_public_ip_on_launch = true

  tags = {
    Name = "public-c"
  }
}

resource "aws_route_table_association" "vpc_a_public_c" {
  provider       = aws.team_eks_ap_northeast_2
  subnet_id      = aws_subnet.vpc_a_public_c.id
  route_table_id = aws_route_table.vpc_a_rtb_public.id
}

resource "aws_subnet" "vpc_a_private_a" {
  provider             = aws.team_eks_ap_northeast_2
  vpc_id               = aws_vpc.vpc_a.id
  cidr_block           = "10.0.10.0/24"
  availability_zone_id = "apne2-az1"

  tags = {
    Name = "private-a"
  }
}

resource "aws_route_table_association" "vpc_a_private_a" {
  provider       = aws.team_eks_ap_northeast_2
  subnet_id      = aws_subnet.vpc_a_private_a.id
  route_table_id = aws_route_table.vpc_a_rtb_private_a.id
}

resource "aws_subnet" "vpc_a_private_c" {
  provider             = aws.team_eks_ap_northeast_2
  vpc_id               = aws_vpc.vpc_a.id
  cidr_block           = "10.0.11.0/24"
  availability_zone_id = "apne2-az3"

  tags = {
    Name = "private-c"
  }
}

resource "aws_route_table_association" "vpc_a_private_c" {
  provider       = aws.team_eks_ap_northeast_2
  subnet_id      = aws_subnet.vpc_a_private_c.id
  route_table_id = aws_route_table.vpc_a_rtb_private_c.id
}

resource "aws_subnet" "vpc_b_public_a" {
  provider                = aws.team_ecs_ap_northeast_2
  vpc_id                  = aws_vpc.vpc_b.id
  cidr_block              = "10.1.0.0/24"
  availability_zone_id    = "apne2-az1"
  map_public_ip_on_launch = true

  tags = {
    Name = "public-a"
  }
}

resource "aws_route_table_association" "vpc_b_public_a" {
  provider       = aws.team_ecs_ap_northeast_2
  subnet_id      = aws_subnet.vpc_b_public_a.id
  route_table_id = aws_route_table.vpc_b_rtb_public.id
}

resource "aws_subnet" "vpc_b_public_c" {
  provider                = aws.team_ecs_ap_northeast_2
  vpc_id                  = aws_vpc.vpc_b.id
  cidr_block              = "10.1.1.0/24"
  availability_zone_id    = "apne2-az3"
  map_public_ip_on_launch = true

  tags = {
    Name = "public-c"
  }
}

resource "aws_route_table_association" "vpc_b_public_c" {
  provider       = aws.team_ecs_ap_northeast_2
  subnet_id      = aws_subnet.vpc_b_public_c.id
  route_table_id = aws_route_table.vpc_b_rtb_public.id
}

resource "aws_subnet" "vpc_b_private_a" {
  provider             = aws.team_ecs_ap_northeast_2
  vpc_id               = aws_vpc.vpc_b.id
  cidr_block           = "10.1.10.0/24"
  availability_zone_id = "apne2-az1"

  tags = {
    Name = "private-a"
  }
}

resource "aws_route_table_association" "vpc_b_private_a" {
  provider       = aws.team_ecs_ap_northeast_2
  subnet_id      = aws_subnet.vpc_b_private_a.id
  route_table_id = aws_route_table.vpc_b_rtb_private_a.id
}

resource "aws_subnet" "vpc_b_private_c" {
  provider             = aws.team_ecs_ap_northeast_2
  vpc_id               = aws_vpc.vpc_b.id
  cidr_block           = "10.1.11.0/24"
  availability_zone_id = "apne2-az3"

  tags = {
    Name = "private-c"
  }
}

resource "aws_route_table_association" "vpc_b_private_c" {
  provider       = aws.team_ecs_ap_northeast_2
  subnet_id      = aws_subnet.vpc_b_private_c.id
  route_table_id = aws_route_table.vpc_b_rtb_private_c.id
}

resource "aws_subnet" "vpc_c_public_a" {
  provider                = aws.team_ecs_ap_northeast_2
  vpc_id                  = aws_vpc.vpc_c.id
  cidr_block              = "10.2.0.0/24"
  availability_zone_id    = "apne2-az1"
  map_public_ip_on_launch = true

  tags = {
    Name = "public-a"
  }
}

resource "aws_route_table_association" "vpc_c_public_a" {
  provider       = aws.team_ecs_ap_northeast_2
  subnet_id      = aws_subnet.vpc_c_public_a.id
  route_table_id = aws_route_table.vpc_c_rtb_public.id
}

resource "aws_subnet" "vpc_c_public_c" {
  provider                = aws.team_ecs_ap_northeast_2
  vpc_id                  = aws_vpc.vpc_c.id
  cidr_block              = "10.2.1.0/24"
  availability_zone_id    = "apne2-az3"
  map_public_ip_on_launch = true

  tags = {
    Name = "public-c"
  }
}

resource "aws_route_table_association" "vpc_c_public_c" {
  provider       = aws.team_ecs_ap_northeast_2
  subnet_id      = aws_subnet.vpc_c_public_c.id
  route_table_id = aws_route_table.vpc_c_rtb_public.id
}

resource "aws_subnet" "vpc_c_private_a" {
  provider             = aws.team_ecs_ap_northeast_2
  vpc_id               = aws_vpc.vpc_c.id
  cidr_block           = "10.2.10.0/24"
  availability_zone_id = "apne2-az1"

  tags = {
    Name = "private-a"
  }
}

resource "aws_route_table_association" "vpc_c_private_a" {
  provider       = aws.team_ecs_ap_northeast_2
  subnet_id      = aws_subnet.vpc_c_private_a.id
  route_table_id = aws_route_table.vpc_c_rtb_private_a.id
}

resource "aws_subnet" "vpc_c_private_c" {
  provider             = aws.team_ecs_ap_northeast_2
  vpc_id               = aws_vpc.vpc_c.id
  cidr_block           = "10.2.11.0/24"
  availability_zone_id = "apne2-az3"

  tags = {
    Name = "private-c"
  }
}

resource "aws_route_table_association" "vpc_c_private_c" {
  provider       = aws.team_ecs_ap_northeast_2
  subnet_id      = aws_subnet.vpc_c_private_c.id
  route_table_id = aws_route_table.vpc_c_rtb_private_c.id
}

resource "aws_internet_gateway" "vpc_a_igw" {
  provider = aws.team_eks_ap_northeast_2
  vpc_id   = aws_vpc.vpc_a.id

  tags = {
    Name = "vpc-a internet gateway"
  }
}

resource "aws_internet_gateway" "vpc_b_igw" {
  provider = aws.team_ecs_ap_northeast_2
  vpc_id   = aws_vpc.vpc_b.id

  tags = {
    Name = "vpc-b internet gateway"
  }
}

resource "aws_internet_gateway" "vpc_c_igw" {
  provider = aws.team_ecs_ap_northeast_2
  vpc_id   = aws_vpc.vpc_c.id

  tags = {
    Name = "vpc-c internet gateway"
  }
}

resource "aws_eip" "vpc_a_nat_a_eip" {
  provider = aws.team_eks_ap_northeast_2
  domain   = "vpc"

  tags = {
    Name = "vpc-a-nat-a address"
  }
}

resource "aws_eip" "vpc_a_nat_c_eip" {
  provider = aws.team_eks_ap_northeast_2
  domain   = "vpc"

  tags = {
    Name = "vpc-a-nat-c address"
  }
}

resource "aws_eip" "vpc_b_nat_a_eip" {
  provider = aws.team_ecs_ap_northeast_2
  domain   = "vpc"

  tags = {
    Name = "vpc-b-nat-a address"
  }
}

resource "aws_eip" "vpc_b_nat_c_eip" {
  provider = aws.team_ecs_ap_northeast_2
  domain   = "vpc"

  tags = {
    Name = "vpc-b-nat-c address"
  }
}

resource "aws_eip" "vpc_c_nat_a_eip" {
  provider = aws.team_ecs_ap_northeast_2
  domain   = "vpc"

  tags = {
    Name = "vpc-c-nat-a address"
  }
}

resource "aws_eip" "vpc_c_nat_c_eip" {
  provider = aws.team_ecs_ap_northeast_2
  domain   = "vpc"

  tags = {
    Name = "vpc-c-nat-c address"
  }
}

resource "aws_nat_gateway" "vpc_a_nat_a" {
  provider          = aws.team_eks_ap_northeast_2
  connectivity_type = "public"
  subnet_id         = aws_subnet.vpc_a_public_a.id
  allocation_id     = aws_eip.vpc_a_nat_a_eip.id

  tags = {
    Name = "vpc-a-nat-a"
  }
}

resource "aws_nat_gateway" "vpc_a_nat_c" {
  provider          = aws.team_eks_ap_northeast_2
  connectivity_type = "public"
  subnet_id         = aws_subnet.vpc_a_public_c.id
  allocation_id     = aws_eip.vpc_a_nat_c_eip.id

  tags = {
    Name = "vpc-a-nat-c"
  }
}

resource "aws_nat_gateway" "vpc_b_nat_a" {
  provider          = aws.team_ecs_ap_northeast_2
  connectivity_type = "public"
  subnet_id         = aws_subnet.vpc_b_public_a.id
  allocation_id     = aws_eip.vpc_b_nat_a_eip.id

  tags = {
    Name = "vpc-b-nat-a"
  }
}

resource "aws_nat_gateway" "vpc_b_nat_c" {
  provider          = aws.team_ecs_ap_northeast_2
  connectivity_type = "public"
  subnet_id         = aws_subnet.vpc_b_public_c.id
  allocation_id     = aws_eip.vpc_b_nat_c_eip.id

  tags = {
    Name = "vpc-b-nat-c"
  }
}

resource "aws_nat_gateway" "vpc_c_nat_a" {
  provider          = aws.team_ecs_ap_northeast_2
  connectivity_type = "public"
  subnet_id         = aws_subnet.vpc_c_public_a.id
  allocation_id     = aws_eip.vpc_c_nat_a_eip.id

  tags = {
    Name = "vpc-c-nat-a"
  }
}

resource "aws_nat_gateway" "vpc_c_nat_c" {
  provider          = aws.team_ecs_ap_northeast_2
  connectivity_type = "public"
  subnet_id         = aws_subnet.vpc_c_public_c.id
  allocation_id     = aws_eip.vpc_c_nat_c_eip.id

  tags = {
    Name = "vpc-c-nat-c"
  }
}

resource "aws_vpc_peering_connection" "pcx_a_b" {
  provider      = aws.team_eks_ap_northeast_2
  vpc_id        = aws_vpc.vpc_a.id
  peer_vpc_id   = aws_vpc.vpc_b.id
  peer_owner_id = var.account_id_team_ecs

  tags = {
    Name = "A ↔ B"
  }
}

resource "aws_vpc_peering_connection_accepter" "pcx_a_b" {
  provider                  = aws.team_ecs_ap_northeast_2
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_a_b.id
  auto_accept               = true

  tags = {
    Name = "A ↔ B"
  }
}

resource "aws_vpc_peering_connection" "pcx_b_c" {
  provider    = aws.team_ecs_ap_northeast_2
  vpc_id      = aws_vpc.vpc_b.id
  peer_vpc_id = aws_vpc.vpc_c.id
  auto_accept = true

  tags = {
    Name = "B ↔ C"
  }
}

resource "aws_default_route_table" "vpc_a_rtb_main" {
  provider               = aws.team_eks_ap_northeast_2
  default_route_table_id = aws_vpc.vpc_a.default_route_table_id

  tags = {
    Name = "vpc-a main"
  }
}

resource "aws_route_table" "vpc_a_rtb_public" {
  provider = aws.team_eks_ap_northeast_2
  vpc_id   = aws_vpc.vpc_a.id

  tags = {
    Name = "vpc-a public"
  }
}

resource "aws_route" "vpc_a_rtb_public_to_0_0_0_0_0" {
  provider               = aws.team_eks_ap_northeast_2
  route_table_id         = aws_route_table.vpc_a_rtb_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.vpc_a_igw.id
}

resource "aws_route_table" "vpc_a_rtb_private_a" {
  provider = aws.team_eks_ap_northeast_2
  vpc_id   = aws_vpc.vpc_a.id

  tags = {
    Name = "vpc-a private a"
  }
}

resource "aws_route" "vpc_a_rtb_private_a_to_0_0_0_0_0" {
  provider               = aws.team_eks_ap_northeast_2
  route_table_id         = aws_route_table.vpc_a_rtb_private_a.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.vpc_a_nat_a.id
}

resource "aws_route" "vpc_a_rtb_private_a_to_10_1_0_0_16" {
  provider                  = aws.team_eks_ap_northeast_2
  route_table_id            = aws_route_table.vpc_a_rtb_private_a.id
  destination_cidr_block    = "10.1.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_a_b.id
}

resource "aws_route_table" "vpc_a_rtb_private_c" {
  provider = aws.team_eks_ap_northeast_2
  vpc_id   = aws_vpc.vpc_a.id

  tags = {
    Name = "vpc-a private c"
  }
}

resource "aws_route" "vpc_a_rtb_private_c_to_0_0_0_0_0" {
  provider               = aws.team_eks_ap_northeast_2
  route_table_id         = aws_route_table.vpc_a_rtb_private_c.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.vpc_a_nat_c.id
}

resource "aws_route" "vpc_a_rtb_private_c_to_10_1_0_0_16" {
  provider                  = aws.team_eks_ap_northeast_2
  route_table_id            = aws_route_table.vpc_a_rtb_private_c.id
  destination_cidr_block    = "10.1.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_a_b.id
}

resource "aws_default_route_table" "vpc_b_rtb_main" {
  provider               = aws.team_ecs_ap_northeast_2
  default_route_table_id = aws_vpc.vpc_b.default_route_table_id

  tags = {
    Name = "vpc-b main"
  }
}

resource "aws_route_table" "vpc_b_rtb_public" {
  provider = aws.team_ecs_ap_northeast_2
  vpc_id   = aws_vpc.vpc_b.id

  tags = {
    Name = "vpc-b public"
  }
}

resource "aws_route" "vpc_b_rtb_public_to_0_0_0_0_0" {
  provider               = aws.team_ecs_ap_northeast_2
  route_table_id         = aws_route_table.vpc_b_rtb_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.vpc_b_igw.id
}

resource "aws_route_table" "vpc_b_rtb_private_a" {
  provider = aws.team_ecs_ap_northeast_2
  vpc_id   = aws_vpc.vpc_b.id

  tags = {
    Name = "vpc-b private a"
  }
}

resource "aws_route" "vpc_b_rtb_private_a_to_0_0_0_0_0" {
  provider               = aws.team_ecs_ap_northeast_2
  route_table_id         = aws_route_table.vpc_b_rtb_private_a.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.vpc_b_nat_a.id
}

resource "aws_route" "vpc_b_rtb_private_a_to_10_0_0_0_16" {
  provider                  = aws.team_ecs_ap_northeast_2
  route_table_id            = aws_route_table.vpc_b_rtb_private_a.id
  destination_cidr_block    = "10.0.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_a_b.id
}

resource "aws_route" "vpc_b_rtb_private_a_to_10_2_0_0_16" {
  provider                  = aws.team_ecs_ap_northeast_2
  route_table_id            = aws_route_table.vpc_b_rtb_private_a.id
  destination_cidr_block    = "10.2.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_b_c.id
}

resource "aws_route_table" "vpc_b_rtb_private_c" {
  provider = aws.team_ecs_ap_northeast_2
  vpc_id   = aws_vpc.vpc_b.id

  tags = {
    Name = "vpc-b private c"
  }
}

resource "aws_route" "vpc_b_rtb_private_c_to_0_0_0_0_0" {
  provider               = aws.team_ecs_ap_northeast_2
  route_table_id         = aws_route_table.vpc_b_rtb_private_c.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.vpc_b_nat_c.id
}

resource "aws_route" "vpc_b_rtb_private_c_to_10_0_0_0_16" {
  provider                  = aws.team_ecs_ap_northeast_2
  route_table_id            = aws_route_table.vpc_b_rtb_private_c.id
  destination_cidr_block    = "10.0.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_a_b.id
}

resource "aws_route" "vpc_b_rtb_private_c_to_10_2_0_0_16" {
  provider                  = aws.team_ecs_ap_northeast_2
  route_table_id            = aws_route_table.vpc_b_rtb_private_c.id
  destination_cidr_block    = "10.2.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_b_c.id
}

resource "aws_default_route_table" "vpc_c_rtb_main" {
  provider               = aws.team_ecs_ap_northeast_2
  default_route_table_id = aws_vpc.vpc_c.default_route_table_id

  tags = {
    Name = "vpc-c main"
  }
}

resource "aws_route_table" "vpc_c_rtb_public" {
  provider = aws.team_ecs_ap_northeast_2
  vpc_id   = aws_vpc.vpc_c.id

  tags = {
    Name = "vpc-c public"
  }
}

resource "aws_route" "vpc_c_rtb_public_to_0_0_0_0_0" {
  provider               = aws.team_ecs_ap_northeast_2
  route_table_id         = aws_route_table.vpc_c_rtb_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.vpc_c_igw.id
}

resource "aws_route_table" "vpc_c_rtb_private_a" {
  provider = aws.team_ecs_ap_northeast_2
  vpc_id   = aws_vpc.vpc_c.id

  tags = {
    Name = "vpc-c private a"
  }
}

resource "aws_route" "vpc_c_rtb_private_a_to_0_0_0_0_0" {
  provider               = aws.team_ecs_ap_northeast_2
  route_table_id         = aws_route_table.vpc_c_rtb_private_a.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.vpc_c_nat_a.id
}

resource "aws_route" "vpc_c_rtb_private_a_to_10_1_0_0_16" {
  provider                  = aws.team_ecs_ap_northeast_2
  route_table_id            = aws_route_table.vpc_c_rtb_private_a.id
  destination_cidr_block    = "10.1.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_b_c.id
}

resource "aws_route_table" "vpc_c_rtb_private_c" {
  provider = aws.team_ecs_ap_northeast_2
  vpc_id   = aws_vpc.vpc_c.id

  tags = {
    Name = "vpc-c private c"
  }
}

resource "aws_route" "vpc_c_rtb_private_c_to_0_0_0_0_0" {
  provider               = aws.team_ecs_ap_northeast_2
  route_table_id         = aws_route_table.vpc_c_rtb_private_c.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.vpc_c_nat_c.id
}

resource "aws_route" "vpc_c_rtb_private_c_to_10_1_0_0_16" {
  provider                  = aws.team_ecs_ap_northeast_2
  route_table_id            = aws_route_table.vpc_c_rtb_private_c.id
  destination_cidr_block    = "10.1.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_b_c.id
}
