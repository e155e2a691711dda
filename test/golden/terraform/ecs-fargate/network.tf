# VPCs, subnets, route tables, gateways, peering, transit gateways, endpoints and RAM shares.

resource "aws_vpc" "opsnow_vpc" {
  provider             = aws.opsnow_ap_northeast_2
  cidr_block           = "10.40.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name = "opsnow"
  }
}

resource "aws_subnet" "public_a" {
  provider                = aws.opsnow_ap_northeast_2
  vpc_id                  = aws_vpc.opsnow_vpc.id
  cidr_block              = "10.40.0.0/24"
  availability_zone_id    = "apne2-az1"
  map_public_ip_on_launch = true

  tags = {
    Name = "public-a"
  }
}

resource "aws_route_table_association" "public_a" {
  provider       = aws.opsnow_ap_northeast_2
  subnet_id      = aws_subnet.public_a.id
  route_table_id = aws_route_table.opsnow_vpc_rtb_public.id
}

resource "aws_subnet" "public_c" {
  provider                = aws.opsnow_ap_northeast_2
  vpc_id                  = aws_vpc.opsnow_vpc.id
  cidr_block              = "10.40.1.0/24"
  availability_zone_id    = "apne2-az3"
  map_public_ip_on_launch = true

  tags = {
    Name = "public-c"
  }
}

resource "aws_route_table_association" "public_c" {
  provider       = aws.opsnow_ap_northeast_2
  subnet_id      = aws_subnet.public_c.id
  route_table_id = aws_route_table.opsnow_vpc_rtb_public.id
}

resource "aws_subnet" "private_a" {
  provider             = aws.opsnow_ap_northeast_2
  vpc_id               = aws_vpc.opsnow_vpc.id
  cidr_block           = "10.40.10.0/24"
  availability_zone_id = "apne2-az1"

  tags = {
    Name = "private-a"
  }
}

resource "aws_route_table_association" "private_a" {
  provider       = aws.opsnow_ap_northeast_2
  subnet_id      = aws_subnet.private_a.id
  route_table_id = aws_route_table.opsnow_vpc_rtb_private_a.id
}

resource "aws_subnet" "private_c" {
  provider             = aws.opsnow_ap_northeast_2
  vpc_id               = aws_vpc.opsnow_vpc.id
  cidr_block           = "10.40.11.0/24"
  availability_zone_id = "apne2-az3"

  tags = {
    Name = "private-c"
  }
}

resource "aws_route_table_association" "private_c" {
  provider       = aws.opsnow_ap_northeast_2
  subnet_id      = aws_subnet.private_c.id
  route_table_id = aws_route_table.opsnow_vpc_rtb_private_c.id
}

resource "aws_internet_gateway" "opsnow_vpc_igw" {
  provider = aws.opsnow_ap_northeast_2
  vpc_id   = aws_vpc.opsnow_vpc.id

  tags = {
    Name = "opsnow-vpc internet gateway"
  }
}

resource "aws_eip" "nat_a_eip" {
  provider = aws.opsnow_ap_northeast_2
  domain   = "vpc"

  tags = {
    Name = "nat-a address"
  }
}

resource "aws_eip" "nat_c_eip" {
  provider = aws.opsnow_ap_northeast_2
  domain   = "vpc"

  tags = {
    Name = "nat-c address"
  }
}

resource "aws_nat_gateway" "nat_a" {
  provider          = aws.opsnow_ap_northeast_2
  connectivity_type = "public"
  subnet_id         = aws_subnet.public_a.id
  allocation_id     = aws_eip.nat_a_eip.id

  tags = {
    Name = "nat-a"
  }
}

resource "aws_nat_gateway" "nat_c" {
  provider          = aws.opsnow_ap_northeast_2
  connectivity_type = "public"
  subnet_id         = aws_subnet.public_c.id
  allocation_id     = aws_eip.nat_c_eip.id

  tags = {
    Name = "nat-c"
  }
}

resource "aws_default_route_table" "opsnow_vpc_rtb_main" {
  provider               = aws.opsnow_ap_northeast_2
  default_route_table_id = aws_vpc.opsnow_vpc.default_route_table_id

  tags = {
    Name = "opsnow main"
  }
}

resource "aws_route_table" "opsnow_vpc_rtb_public" {
  provider = aws.opsnow_ap_northeast_2
  vpc_id   = aws_vpc.opsnow_vpc.id

  tags = {
    Name = "opsnow-vpc public"
  }
}

resource "aws_route" "opsnow_vpc_rtb_public_to_0_0_0_0_0" {
  provider               = aws.opsnow_ap_northeast_2
  route_table_id         = aws_route_table.opsnow_vpc_rtb_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.opsnow_vpc_igw.id
}

resource "aws_route_table" "opsnow_vpc_rtb_private_a" {
  provider = aws.opsnow_ap_northeast_2
  vpc_id   = aws_vpc.opsnow_vpc.id

  tags = {
    Name = "opsnow private a"
  }
}

resource "aws_route" "opsnow_vpc_rtb_private_a_to_0_0_0_0_0" {
  provider               = aws.opsnow_ap_northeast_2
  route_table_id         = aws_route_table.opsnow_vpc_rtb_private_a.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.nat_a.id
}

resource "aws_route_table" "opsnow_vpc_rtb_private_c" {
  provider = aws.opsnow_ap_northeast_2
  vpc_id   = aws_vpc.opsnow_vpc.id

  tags = {
    Name = "opsnow private c"
  }
}

resource "aws_route" "opsnow_vpc_rtb_private_c_to_0_0_0_0_0" {
  provider               = aws.opsnow_ap_northeast_2
  route_table_id         = aws_route_table.opsnow_vpc_rtb_private_c.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.nat_c.id
}
