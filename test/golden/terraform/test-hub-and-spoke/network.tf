# VPCs, subnets, route tables, gateways, peering, transit gateways, endpoints and RAM shares.

resource "aws_vpc" "egress" {
  provider             = aws.network_ap_northeast_2
  cidr_block           = "10.0.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name = "egress"
  }
}

resource "aws_vpc" "app" {
  provider             = aws.workload_ap_northeast_2
  cidr_block           = "10.20.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name = "app"
  }
}

resource "aws_subnet" "egress_public_a" {
  provider          = aws.network_ap_northeast_2
  vpc_id            = aws_vpc.egress.id
  cidr_block        = "10.0.0.0/24"
  availability_zone = "ap-northeast-2a"

  tags = {
    Name = "egress public a"
  }
}

resource "aws_route_table_association" "egress_public_a" {
  provider       = aws.network_ap_northeast_2
  subnet_id      = aws_subnet.egress_public_a.id
  route_table_id = aws_route_table.rtb_egress_public.id
}

resource "aws_subnet" "egress_tgw_a" {
  provider          = aws.network_ap_northeast_2
  vpc_id            = aws_vpc.egress.id
  cidr_block        = "10.0.10.0/28"
  availability_zone = "ap-northeast-2a"

  tags = {
    Name = "egress tgw a"
  }
}

resource "aws_subnet" "app_a" {
  provider          = aws.workload_ap_northeast_2
  vpc_id            = aws_vpc.app.id
  cidr_block        = "10.20.1.0/24"
  availability_zone = "ap-northeast-2a"

  tags = {
    Name = "app a"
  }
}

resource "aws_subnet" "app_c" {
  provider          = aws.workload_ap_northeast_2
  vpc_id            = aws_vpc.app.id
  cidr_block        = "10.20.2.0/24"
  availability_zone = "ap-northeast-2c"

  tags = {
    Name = "app c"
  }
}

resource "aws_internet_gateway" "igw" {
  provider = aws.network_ap_northeast_2
  vpc_id   = aws_vpc.egress.id

  tags = {
    Name = "egress igw"
  }
}

resource "aws_eip" "nat_eip" {
  provider = aws.network_ap_northeast_2
  domain   = "vpc"

  tags = {
    Name = "egress nat"
  }
}

resource "aws_nat_gateway" "nat" {
  provider          = aws.network_ap_northeast_2
  connectivity_type = "public"
  subnet_id         = aws_subnet.egress_public_a.id
  allocation_id     = aws_eip.nat_eip.id

  tags = {
    Name = "egress nat"
  }
}

resource "aws_ec2_transit_gateway" "tgw" {
  provider = aws.network_ap_northeast_2

  tags = {
    Name = "core"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "att_egress" {
  provider           = aws.network_ap_northeast_2
  subnet_ids         = [aws_subnet.egress_tgw_a.id]
  transit_gateway_id = aws_ec2_transit_gateway.tgw.id
  vpc_id             = aws_vpc.egress.id

  tags = {
    Name = "egress"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "att_app" {
  provider           = aws.workload_ap_northeast_2
  subnet_ids         = [aws_subnet.app_a.id, aws_subnet.app_c.id]
  transit_gateway_id = aws_ec2_transit_gateway.tgw.id
  vpc_id             = aws_vpc.app.id

  tags = {
    Name = "app"
  }
  depends_on = [aws_ram_principal_association.share_tgw_workload, aws_ram_resource_association.share_tgw_tgw]
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "att_app" {
  provider                      = aws.network_ap_northeast_2
  transit_gateway_attachment_id = aws_ec2_transit_gateway_vpc_attachment.att_app.id

  tags = {
    Name = "app"
  }
}

resource "aws_default_route_table" "egress_rtb_main" {
  provider               = aws.network_ap_northeast_2
  default_route_table_id = aws_vpc.egress.default_route_table_id

  tags = {
    Name = "egress main"
  }
}

resource "aws_route" "egress_rtb_main_to_0_0_0_0_0" {
  provider               = aws.network_ap_northeast_2
  route_table_id         = aws_default_route_table.egress_rtb_main.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.nat.id
}

resource "aws_route_table" "rtb_egress_public" {
  provider = aws.network_ap_northeast_2
  vpc_id   = aws_vpc.egress.id

  tags = {
    Name = "egress public"
  }
}

resource "aws_route" "rtb_egress_public_to_0_0_0_0_0" {
  provider               = aws.network_ap_northeast_2
  route_table_id         = aws_route_table.rtb_egress_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.igw.id
}

resource "aws_route" "rtb_egress_public_to_10_20_0_0_16" {
  provider               = aws.network_ap_northeast_2
  route_table_id         = aws_route_table.rtb_egress_public.id
  destination_cidr_block = "10.20.0.0/16"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.att_egress]
}

resource "aws_default_route_table" "app_rtb_main" {
  provider               = aws.workload_ap_northeast_2
  default_route_table_id = aws_vpc.app.default_route_table_id

  tags = {
    Name = "app main"
  }
}

resource "aws_route" "app_rtb_main_to_0_0_0_0_0" {
  provider               = aws.workload_ap_northeast_2
  route_table_id         = aws_default_route_table.app_rtb_main.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment_accepter.att_app]
}

resource "aws_ram_resource_share" "share_tgw" {
  provider = aws.network_ap_northeast_2
  name     = "tgw share"

  tags = {
    Name = "tgw share"
  }
}

resource "aws_ram_resource_association" "share_tgw_tgw" {
  provider           = aws.network_ap_northeast_2
  resource_arn       = aws_ec2_transit_gateway.tgw.arn
  resource_share_arn = aws_ram_resource_share.share_tgw.arn
}

resource "aws_ram_principal_association" "share_tgw_workload" {
  provider           = aws.network_ap_northeast_2
  principal          = var.account_id_workload
  resource_share_arn = aws_ram_resource_share.share_tgw.arn
}
