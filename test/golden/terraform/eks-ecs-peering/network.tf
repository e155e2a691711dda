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

resource "aws_subnet" "public_a" {
  provider                = aws.team_eks_ap_northeast_2
  vpc_id                  = aws_vpc.vpc_a.id
  cidr_block              = "10.0.0.0/24"
  availability_zone_id    = "apne2-az1"
  map_public_ip_on_launch = true

  tags = {
    Name = "public-a"
  }
}

resource "aws_route_table_association" "public_a" {
  provider       = aws.team_eks_ap_northeast_2
  subnet_id      = aws_subnet.public_a.id
  route_table_id = aws_route_table.vpc_a_public.id
}

resource "aws_subnet" "public_c" {
  provider                = aws.team_eks_ap_northeast_2
  vpc_id                  = aws_vpc.vpc_a.id
  cidr_block              = "10.0.1.0/24"
  availability_zone_id    = "apne2-az3"
  map_public_ip_on_launch = true

  tags = {
    Name = "public-c"
  }
}

resource "aws_route_table_association" "public_c" {
  provider       = aws.team_eks_ap_northeast_2
  subnet_id      = aws_subnet.public_c.id
  route_table_id = aws_route_table.vpc_a_public.id
}

resource "aws_subnet" "private_a" {
  provider             = aws.team_eks_ap_northeast_2
  vpc_id               = aws_vpc.vpc_a.id
  cidr_block           = "10.0.10.0/24"
  availability_zone_id = "apne2-az1"

  tags = {
    Name = "private-a"
  }
}

resource "aws_route_table_association" "private_a" {
  provider       = aws.team_eks_ap_northeast_2
  subnet_id      = aws_subnet.private_a.id
  route_table_id = aws_route_table.vpc_a_private_a.id
}

resource "aws_subnet" "private_c" {
  provider             = aws.team_eks_ap_northeast_2
  vpc_id               = aws_vpc.vpc_a.id
  cidr_block           = "10.0.11.0/24"
  availability_zone_id = "apne2-az3"

  tags = {
    Name = "private-c"
  }
}

resource "aws_route_table_association" "private_c" {
  provider       = aws.team_eks_ap_northeast_2
  subnet_id      = aws_subnet.private_c.id
  route_table_id = aws_route_table.vpc_a_private_c.id
}

resource "aws_subnet" "public_a_2" {
  provider                = aws.team_ecs_ap_northeast_2
  vpc_id                  = aws_vpc.vpc_b.id
  cidr_block              = "10.1.0.0/24"
  availability_zone_id    = "apne2-az1"
  map_public_ip_on_launch = true

  tags = {
    Name = "public-a"
  }
}

resource "aws_route_table_association" "public_a_2" {
  provider       = aws.team_ecs_ap_northeast_2
  subnet_id      = aws_subnet.public_a_2.id
  route_table_id = aws_route_table.vpc_b_public.id
}

resource "aws_subnet" "public_c_2" {
  provider                = aws.team_ecs_ap_northeast_2
  vpc_id                  = aws_vpc.vpc_b.id
  cidr_block              = "10.1.1.0/24"
  availability_zone_id    = "apne2-az3"
  map_public_ip_on_launch = true

  tags = {
    Name = "public-c"
  }
}

resource "aws_route_table_association" "public_c_2" {
  provider       = aws.team_ecs_ap_northeast_2
  subnet_id      = aws_subnet.public_c_2.id
  route_table_id = aws_route_table.vpc_b_public.id
}

resource "aws_subnet" "private_a_2" {
  provider             = aws.team_ecs_ap_northeast_2
  vpc_id               = aws_vpc.vpc_b.id
  cidr_block           = "10.1.10.0/24"
  availability_zone_id = "apne2-az1"

  tags = {
    Name = "private-a"
  }
}

resource "aws_route_table_association" "private_a_2" {
  provider       = aws.team_ecs_ap_northeast_2
  subnet_id      = aws_subnet.private_a_2.id
  route_table_id = aws_route_table.vpc_b_private_a.id
}

resource "aws_subnet" "private_c_2" {
  provider             = aws.team_ecs_ap_northeast_2
  vpc_id               = aws_vpc.vpc_b.id
  cidr_block           = "10.1.11.0/24"
  availability_zone_id = "apne2-az3"

  tags = {
    Name = "private-c"
  }
}

resource "aws_route_table_association" "private_c_2" {
  provider       = aws.team_ecs_ap_northeast_2
  subnet_id      = aws_subnet.private_c_2.id
  route_table_id = aws_route_table.vpc_b_private_c.id
}

resource "aws_subnet" "public_a_3" {
  provider                = aws.team_ecs_ap_northeast_2
  vpc_id                  = aws_vpc.vpc_c.id
  cidr_block              = "10.2.0.0/24"
  availability_zone_id    = "apne2-az1"
  map_public_ip_on_launch = true

  tags = {
    Name = "public-a"
  }
}

resource "aws_route_table_association" "public_a_3" {
  provider       = aws.team_ecs_ap_northeast_2
  subnet_id      = aws_subnet.public_a_3.id
  route_table_id = aws_route_table.vpc_c_public.id
}

resource "aws_subnet" "public_c_3" {
  provider                = aws.team_ecs_ap_northeast_2
  vpc_id                  = aws_vpc.vpc_c.id
  cidr_block              = "10.2.1.0/24"
  availability_zone_id    = "apne2-az3"
  map_public_ip_on_launch = true

  tags = {
    Name = "public-c"
  }
}

resource "aws_route_table_association" "public_c_3" {
  provider       = aws.team_ecs_ap_northeast_2
  subnet_id      = aws_subnet.public_c_3.id
  route_table_id = aws_route_table.vpc_c_public.id
}

resource "aws_subnet" "private_a_3" {
  provider             = aws.team_ecs_ap_northeast_2
  vpc_id               = aws_vpc.vpc_c.id
  cidr_block           = "10.2.10.0/24"
  availability_zone_id = "apne2-az1"

  tags = {
    Name = "private-a"
  }
}

resource "aws_route_table_association" "private_a_3" {
  provider       = aws.team_ecs_ap_northeast_2
  subnet_id      = aws_subnet.private_a_3.id
  route_table_id = aws_route_table.vpc_c_private_a.id
}

resource "aws_subnet" "private_c_3" {
  provider             = aws.team_ecs_ap_northeast_2
  vpc_id               = aws_vpc.vpc_c.id
  cidr_block           = "10.2.11.0/24"
  availability_zone_id = "apne2-az3"

  tags = {
    Name = "private-c"
  }
}

resource "aws_route_table_association" "private_c_3" {
  provider       = aws.team_ecs_ap_northeast_2
  subnet_id      = aws_subnet.private_c_3.id
  route_table_id = aws_route_table.vpc_c_private_c.id
}

resource "aws_internet_gateway" "vpc_a_internet_gateway" {
  provider = aws.team_eks_ap_northeast_2
  vpc_id   = aws_vpc.vpc_a.id

  tags = {
    Name = "vpc-a internet gateway"
  }
}

resource "aws_internet_gateway" "vpc_b_internet_gateway" {
  provider = aws.team_ecs_ap_northeast_2
  vpc_id   = aws_vpc.vpc_b.id

  tags = {
    Name = "vpc-b internet gateway"
  }
}

resource "aws_internet_gateway" "vpc_c_internet_gateway" {
  provider = aws.team_ecs_ap_northeast_2
  vpc_id   = aws_vpc.vpc_c.id

  tags = {
    Name = "vpc-c internet gateway"
  }
}

resource "aws_eip" "vpc_a_nat_a_address" {
  provider = aws.team_eks_ap_northeast_2
  domain   = "vpc"

  tags = {
    Name = "vpc-a-nat-a address"
  }
}

resource "aws_eip" "vpc_a_nat_c_address" {
  provider = aws.team_eks_ap_northeast_2
  domain   = "vpc"

  tags = {
    Name = "vpc-a-nat-c address"
  }
}

resource "aws_eip" "vpc_b_nat_a_address" {
  provider = aws.team_ecs_ap_northeast_2
  domain   = "vpc"

  tags = {
    Name = "vpc-b-nat-a address"
  }
}

resource "aws_eip" "vpc_b_nat_c_address" {
  provider = aws.team_ecs_ap_northeast_2
  domain   = "vpc"

  tags = {
    Name = "vpc-b-nat-c address"
  }
}

resource "aws_eip" "vpc_c_nat_a_address" {
  provider = aws.team_ecs_ap_northeast_2
  domain   = "vpc"

  tags = {
    Name = "vpc-c-nat-a address"
  }
}

resource "aws_eip" "vpc_c_nat_c_address" {
  provider = aws.team_ecs_ap_northeast_2
  domain   = "vpc"

  tags = {
    Name = "vpc-c-nat-c address"
  }
}

resource "aws_nat_gateway" "vpc_a_nat_a" {
  provider          = aws.team_eks_ap_northeast_2
  connectivity_type = "public"
  subnet_id         = aws_subnet.public_a.id
  allocation_id     = aws_eip.vpc_a_nat_a_address.id

  tags = {
    Name = "vpc-a-nat-a"
  }
}

resource "aws_nat_gateway" "vpc_a_nat_c" {
  provider          = aws.team_eks_ap_northeast_2
  connectivity_type = "public"
  subnet_id         = aws_subnet.public_c.id
  allocation_id     = aws_eip.vpc_a_nat_c_address.id

  tags = {
    Name = "vpc-a-nat-c"
  }
}

resource "aws_nat_gateway" "vpc_b_nat_a" {
  provider          = aws.team_ecs_ap_northeast_2
  connectivity_type = "public"
  subnet_id         = aws_subnet.public_a_2.id
  allocation_id     = aws_eip.vpc_b_nat_a_address.id

  tags = {
    Name = "vpc-b-nat-a"
  }
}

resource "aws_nat_gateway" "vpc_b_nat_c" {
  provider          = aws.team_ecs_ap_northeast_2
  connectivity_type = "public"
  subnet_id         = aws_subnet.public_c_2.id
  allocation_id     = aws_eip.vpc_b_nat_c_address.id

  tags = {
    Name = "vpc-b-nat-c"
  }
}

resource "aws_nat_gateway" "vpc_c_nat_a" {
  provider          = aws.team_ecs_ap_northeast_2
  connectivity_type = "public"
  subnet_id         = aws_subnet.public_a_3.id
  allocation_id     = aws_eip.vpc_c_nat_a_address.id

  tags = {
    Name = "vpc-c-nat-a"
  }
}

resource "aws_nat_gateway" "vpc_c_nat_c" {
  provider          = aws.team_ecs_ap_northeast_2
  connectivity_type = "public"
  subnet_id         = aws_subnet.public_c_3.id
  allocation_id     = aws_eip.vpc_c_nat_c_address.id

  tags = {
    Name = "vpc-c-nat-c"
  }
}

resource "aws_vpc_peering_connection" "a_b" {
  provider      = aws.team_eks_ap_northeast_2
  vpc_id        = aws_vpc.vpc_a.id
  peer_vpc_id   = aws_vpc.vpc_b.id
  peer_owner_id = "555555555555"

  tags = {
    Name = "A ↔ B"
  }
}

resource "aws_vpc_peering_connection_accepter" "a_b" {
  provider                  = aws.team_ecs_ap_northeast_2
  vpc_peering_connection_id = aws_vpc_peering_connection.a_b.id
  auto_accept               = true

  tags = {
    Name = "A ↔ B"
  }
}

resource "aws_vpc_peering_connection" "b_c" {
  provider    = aws.team_ecs_ap_northeast_2
  vpc_id      = aws_vpc.vpc_b.id
  peer_vpc_id = aws_vpc.vpc_c.id
  auto_accept = true

  tags = {
    Name = "B ↔ C"
  }
}

resource "aws_default_route_table" "vpc_a_main" {
  provider               = aws.team_eks_ap_northeast_2
  default_route_table_id = aws_vpc.vpc_a.default_route_table_id

  tags = {
    Name = "vpc-a main"
  }
}

resource "aws_route_table" "vpc_a_public" {
  provider = aws.team_eks_ap_northeast_2
  vpc_id   = aws_vpc.vpc_a.id

  tags = {
    Name = "vpc-a public"
  }
}

resource "aws_route" "vpc_a_public_route_2" {
  provider               = aws.team_eks_ap_northeast_2
  route_table_id         = aws_route_table.vpc_a_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.vpc_a_internet_gateway.id
}

resource "aws_route_table" "vpc_a_private_a" {
  provider = aws.team_eks_ap_northeast_2
  vpc_id   = aws_vpc.vpc_a.id

  tags = {
    Name = "vpc-a private a"
  }
}

resource "aws_route" "vpc_a_private_a_route_2" {
  provider               = aws.team_eks_ap_northeast_2
  route_table_id         = aws_route_table.vpc_a_private_a.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.vpc_a_nat_a.id
}

resource "aws_route" "vpc_a_private_a_route_3" {
  provider                  = aws.team_eks_ap_northeast_2
  route_table_id            = aws_route_table.vpc_a_private_a.id
  destination_cidr_block    = "10.1.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.a_b.id
}

resource "aws_route_table" "vpc_a_private_c" {
  provider = aws.team_eks_ap_northeast_2
  vpc_id   = aws_vpc.vpc_a.id

  tags = {
    Name = "vpc-a private c"
  }
}

resource "aws_route" "vpc_a_private_c_route_2" {
  provider               = aws.team_eks_ap_northeast_2
  route_table_id         = aws_route_table.vpc_a_private_c.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.vpc_a_nat_c.id
}

resource "aws_route" "vpc_a_private_c_route_3" {
  provider                  = aws.team_eks_ap_northeast_2
  route_table_id            = aws_route_table.vpc_a_private_c.id
  destination_cidr_block    = "10.1.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.a_b.id
}

resource "aws_default_route_table" "vpc_b_main" {
  provider               = aws.team_ecs_ap_northeast_2
  default_route_table_id = aws_vpc.vpc_b.default_route_table_id

  tags = {
    Name = "vpc-b main"
  }
}

resource "aws_route_table" "vpc_b_public" {
  provider = aws.team_ecs_ap_northeast_2
  vpc_id   = aws_vpc.vpc_b.id

  tags = {
    Name = "vpc-b public"
  }
}

resource "aws_route" "vpc_b_public_route_2" {
  provider               = aws.team_ecs_ap_northeast_2
  route_table_id         = aws_route_table.vpc_b_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.vpc_b_internet_gateway.id
}

resource "aws_route_table" "vpc_b_private_a" {
  provider = aws.team_ecs_ap_northeast_2
  vpc_id   = aws_vpc.vpc_b.id

  tags = {
    Name = "vpc-b private a"
  }
}

resource "aws_route" "vpc_b_private_a_route_2" {
  provider               = aws.team_ecs_ap_northeast_2
  route_table_id         = aws_route_table.vpc_b_private_a.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.vpc_b_nat_a.id
}

resource "aws_route" "vpc_b_private_a_route_3" {
  provider                  = aws.team_ecs_ap_northeast_2
  route_table_id            = aws_route_table.vpc_b_private_a.id
  destination_cidr_block    = "10.0.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.a_b.id
}

resource "aws_route" "vpc_b_private_a_route_4" {
  provider                  = aws.team_ecs_ap_northeast_2
  route_table_id            = aws_route_table.vpc_b_private_a.id
  destination_cidr_block    = "10.2.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.b_c.id
}

resource "aws_route_table" "vpc_b_private_c" {
  provider = aws.team_ecs_ap_northeast_2
  vpc_id   = aws_vpc.vpc_b.id

  tags = {
    Name = "vpc-b private c"
  }
}

resource "aws_route" "vpc_b_private_c_route_2" {
  provider               = aws.team_ecs_ap_northeast_2
  route_table_id         = aws_route_table.vpc_b_private_c.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.vpc_b_nat_c.id
}

resource "aws_route" "vpc_b_private_c_route_3" {
  provider                  = aws.team_ecs_ap_northeast_2
  route_table_id            = aws_route_table.vpc_b_private_c.id
  destination_cidr_block    = "10.0.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.a_b.id
}

resource "aws_route" "vpc_b_private_c_route_4" {
  provider                  = aws.team_ecs_ap_northeast_2
  route_table_id            = aws_route_table.vpc_b_private_c.id
  destination_cidr_block    = "10.2.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.b_c.id
}

resource "aws_default_route_table" "vpc_c_main" {
  provider               = aws.team_ecs_ap_northeast_2
  default_route_table_id = aws_vpc.vpc_c.default_route_table_id

  tags = {
    Name = "vpc-c main"
  }
}

resource "aws_route_table" "vpc_c_public" {
  provider = aws.team_ecs_ap_northeast_2
  vpc_id   = aws_vpc.vpc_c.id

  tags = {
    Name = "vpc-c public"
  }
}

resource "aws_route" "vpc_c_public_route_2" {
  provider               = aws.team_ecs_ap_northeast_2
  route_table_id         = aws_route_table.vpc_c_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.vpc_c_internet_gateway.id
}

resource "aws_route_table" "vpc_c_private_a" {
  provider = aws.team_ecs_ap_northeast_2
  vpc_id   = aws_vpc.vpc_c.id

  tags = {
    Name = "vpc-c private a"
  }
}

resource "aws_route" "vpc_c_private_a_route_2" {
  provider               = aws.team_ecs_ap_northeast_2
  route_table_id         = aws_route_table.vpc_c_private_a.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.vpc_c_nat_a.id
}

resource "aws_route" "vpc_c_private_a_route_3" {
  provider                  = aws.team_ecs_ap_northeast_2
  route_table_id            = aws_route_table.vpc_c_private_a.id
  destination_cidr_block    = "10.1.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.b_c.id
}

resource "aws_route_table" "vpc_c_private_c" {
  provider = aws.team_ecs_ap_northeast_2
  vpc_id   = aws_vpc.vpc_c.id

  tags = {
    Name = "vpc-c private c"
  }
}

resource "aws_route" "vpc_c_private_c_route_2" {
  provider               = aws.team_ecs_ap_northeast_2
  route_table_id         = aws_route_table.vpc_c_private_c.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.vpc_c_nat_c.id
}

resource "aws_route" "vpc_c_private_c_route_3" {
  provider                  = aws.team_ecs_ap_northeast_2
  route_table_id            = aws_route_table.vpc_c_private_c.id
  destination_cidr_block    = "10.1.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.b_c.id
}
