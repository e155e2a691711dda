# VPCs, subnets, route tables, gateways, peering, transit gateways, endpoints and RAM shares.

resource "aws_vpc" "main" {
  provider             = aws.network_ap_northeast_2
  cidr_block           = "10.0.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name = "main"
  }
}

resource "aws_subnet" "public_a" {
  provider                = aws.network_ap_northeast_2
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.0.11.0/24"
  availability_zone_id    = "apne2-az1"
  map_public_ip_on_launch = true

  tags = {
    Name = "public-a"
  }
}

resource "aws_route_table_association" "public_a" {
  provider       = aws.network_ap_northeast_2
  subnet_id      = aws_subnet.public_a.id
  route_table_id = aws_route_table.main_rtb_public.id
}

resource "aws_subnet" "public_c" {
  provider                = aws.network_ap_northeast_2
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.0.12.0/24"
  availability_zone_id    = "apne2-az3"
  map_public_ip_on_launch = true

  tags = {
    Name = "public-c"
  }
}

resource "aws_route_table_association" "public_c" {
  provider       = aws.network_ap_northeast_2
  subnet_id      = aws_subnet.public_c.id
  route_table_id = aws_route_table.main_rtb_public.id
}

resource "aws_subnet" "shared_a" {
  provider             = aws.network_ap_northeast_2
  vpc_id               = aws_vpc.main.id
  cidr_block           = "10.0.1.0/24"
  availability_zone_id = "apne2-az1"

  tags = {
    Name = "shared-a"
  }
}

resource "aws_route_table_association" "shared_a" {
  provider       = aws.network_ap_northeast_2
  subnet_id      = aws_subnet.shared_a.id
  route_table_id = aws_route_table.main_rtb_private_a.id
}

resource "aws_subnet" "shared_c" {
  provider             = aws.network_ap_northeast_2
  vpc_id               = aws_vpc.main.id
  cidr_block           = "10.0.2.0/24"
  availability_zone_id = "apne2-az3"

  tags = {
    Name = "shared-c"
  }
}

resource "aws_route_table_association" "shared_c" {
  provider       = aws.network_ap_northeast_2
  subnet_id      = aws_subnet.shared_c.id
  route_table_id = aws_route_table.main_rtb_private_c.id
}

resource "aws_internet_gateway" "main_igw" {
  provider = aws.network_ap_northeast_2
  vpc_id   = aws_vpc.main.id

  tags = {
    Name = "main internet gateway"
  }
}

resource "aws_eip" "main_nat_a_eip" {
  provider = aws.network_ap_northeast_2
  domain   = "vpc"

  tags = {
    Name = "main-nat-a address"
  }
}

resource "aws_eip" "main_nat_c_eip" {
  provider = aws.network_ap_northeast_2
  domain   = "vpc"

  tags = {
    Name = "main-nat-c address"
  }
}

resource "aws_nat_gateway" "main_nat_a" {
  provider          = aws.network_ap_northeast_2
  connectivity_type = "public"
  subnet_id         = aws_subnet.public_a.id
  allocation_id     = aws_eip.main_nat_a_eip.id

  tags = {
    Name = "main-nat-a"
  }
}

resource "aws_nat_gateway" "main_nat_c" {
  provider          = aws.network_ap_northeast_2
  connectivity_type = "public"
  subnet_id         = aws_subnet.public_c.id
  allocation_id     = aws_eip.main_nat_c_eip.id

  tags = {
    Name = "main-nat-c"
  }
}

resource "aws_default_route_table" "main_rtb_main" {
  provider               = aws.network_ap_northeast_2
  default_route_table_id = aws_vpc.main.default_route_table_id

  tags = {
    Name = "main main"
  }
}

resource "aws_route_table" "main_rtb_public" {
  provider = aws.network_ap_northeast_2
  vpc_id   = aws_vpc.main.id

  tags = {
    Name = "main public"
  }
}

resource "aws_route" "main_rtb_public_to_0_0_0_0_0" {
  provider               = aws.network_ap_northeast_2
  route_table_id         = aws_route_table.main_rtb_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.main_igw.id
}

resource "aws_route_table" "main_rtb_private_a" {
  provider = aws.network_ap_northeast_2
  vpc_id   = aws_vpc.main.id

  tags = {
    Name = "main private a"
  }
}

resource "aws_route" "main_rtb_private_a_to_0_0_0_0_0" {
  provider               = aws.network_ap_northeast_2
  route_table_id         = aws_route_table.main_rtb_private_a.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.main_nat_a.id
}

resource "aws_route_table" "main_rtb_private_c" {
  provider = aws.network_ap_northeast_2
  vpc_id   = aws_vpc.main.id

  tags = {
    Name = "main private c"
  }
}

resource "aws_route" "main_rtb_private_c_to_0_0_0_0_0" {
  provider               = aws.network_ap_northeast_2
  route_table_id         = aws_route_table.main_rtb_private_c.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.main_nat_c.id
}

resource "aws_ram_resource_share" "share_main_private" {
  provider = aws.network_ap_northeast_2
  name     = "main private subnets → dept-a"

  tags = {
    Name = "main private subnets → dept-a"
  }
}

resource "aws_ram_resource_association" "share_main_private_shared_a" {
  provider           = aws.network_ap_northeast_2
  resource_arn       = aws_subnet.shared_a.arn
  resource_share_arn = aws_ram_resource_share.share_main_private.arn
}

resource "aws_ram_resource_association" "share_main_private_shared_c" {
  provider           = aws.network_ap_northeast_2
  resource_arn       = aws_subnet.shared_c.arn
  resource_share_arn = aws_ram_resource_share.share_main_private.arn
}

resource "aws_ram_principal_association" "share_main_private_dept_a" {
  provider           = aws.network_ap_northeast_2
  principal          = var.account_id_dept_a
  resource_share_arn = aws_ram_resource_share.share_main_private.arn
}
