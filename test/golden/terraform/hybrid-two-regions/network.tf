# VPCs, subnets, route tables, gateways, peering, transit gateways, endpoints and RAM shares.

resource "aws_vpc" "app_seoul" {
  provider             = aws.network_ap_northeast_2
  cidr_block           = "10.10.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name = "app seoul"
  }
}

resource "aws_vpc" "data_seoul" {
  provider             = aws.network_ap_northeast_2
  cidr_block           = "10.11.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name = "data seoul"
  }
}

resource "aws_vpc" "app_tokyo" {
  provider             = aws.network_ap_northeast_1
  cidr_block           = "10.20.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name = "app tokyo"
  }
}

resource "aws_subnet" "app_seoul_private_a" {
  provider             = aws.network_ap_northeast_2
  vpc_id               = aws_vpc.app_seoul.id
  cidr_block           = "10.10.1.0/24"
  availability_zone_id = "apne2-az1"

  tags = {
    Name = "private-a"
  }
}

resource "aws_route_table_association" "app_seoul_private_a" {
  provider       = aws.network_ap_northeast_2
  subnet_id      = aws_subnet.app_seoul_private_a.id
  route_table_id = aws_route_table.app_seoul_rtb_private.id
}

resource "aws_subnet" "app_seoul_tgw_a" {
  provider             = aws.network_ap_northeast_2
  vpc_id               = aws_vpc.app_seoul.id
  cidr_block           = "10.10.0.0/28"
  availability_zone_id = "apne2-az1"

  tags = {
    Name = "tgw-a"
  }
}

resource "aws_route_table_association" "app_seoul_tgw_a" {
  provider       = aws.network_ap_northeast_2
  subnet_id      = aws_subnet.app_seoul_tgw_a.id
  route_table_id = aws_route_table.app_seoul_rtb_private.id
}

resource "aws_subnet" "data_seoul_private_a" {
  provider             = aws.network_ap_northeast_2
  vpc_id               = aws_vpc.data_seoul.id
  cidr_block           = "10.11.1.0/24"
  availability_zone_id = "apne2-az1"

  tags = {
    Name = "private-a"
  }
}

resource "aws_route_table_association" "data_seoul_private_a" {
  provider       = aws.network_ap_northeast_2
  subnet_id      = aws_subnet.data_seoul_private_a.id
  route_table_id = aws_route_table.data_seoul_rtb_private.id
}

resource "aws_subnet" "data_seoul_tgw_a" {
  provider             = aws.network_ap_northeast_2
  vpc_id               = aws_vpc.data_seoul.id
  cidr_block           = "10.11.0.0/28"
  availability_zone_id = "apne2-az1"

  tags = {
    Name = "tgw-a"
  }
}

resource "aws_route_table_association" "data_seoul_tgw_a" {
  provider       = aws.network_ap_northeast_2
  subnet_id      = aws_subnet.data_seoul_tgw_a.id
  route_table_id = aws_route_table.data_seoul_rtb_private.id
}

resource "aws_subnet" "app_tokyo_private_a" {
  provider          = aws.network_ap_northeast_1
  vpc_id            = aws_vpc.app_tokyo.id
  cidr_block        = "10.20.1.0/24"
  availability_zone = "ap-northeast-1a"

  tags = {
    Name = "private-a"
  }
}

resource "aws_route_table_association" "app_tokyo_private_a" {
  provider       = aws.network_ap_northeast_1
  subnet_id      = aws_subnet.app_tokyo_private_a.id
  route_table_id = aws_route_table.app_tokyo_rtb_private.id
}

resource "aws_subnet" "app_tokyo_tgw_a" {
  provider          = aws.network_ap_northeast_1
  vpc_id            = aws_vpc.app_tokyo.id
  cidr_block        = "10.20.0.0/28"
  availability_zone = "ap-northeast-1a"

  tags = {
    Name = "tgw-a"
  }
}

resource "aws_route_table_association" "app_tokyo_tgw_a" {
  provider       = aws.network_ap_northeast_1
  subnet_id      = aws_subnet.app_tokyo_tgw_a.id
  route_table_id = aws_route_table.app_tokyo_rtb_private.id
}

resource "aws_ec2_transit_gateway" "tgw_seoul" {
  provider                        = aws.network_ap_northeast_2
  amazon_side_asn                 = 64512
  default_route_table_association = "disable"
  default_route_table_propagation = "disable"

  tags = {
    Name = "seoul hub"
  }
}

resource "aws_ec2_transit_gateway_route_table" "tgw_seoul_rt_seoul_spokes" {
  provider           = aws.network_ap_northeast_2
  transit_gateway_id = aws_ec2_transit_gateway.tgw_seoul.id

  tags = {
    Name = "seoul hub"
  }
}

resource "aws_ec2_transit_gateway_route" "tgw_seoul_rt_seoul_spokes_to_10_20_0_0_16" {
  provider                       = aws.network_ap_northeast_2
  destination_cidr_block         = "10.20.0.0/16"
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_seoul_rt_seoul_spokes.id
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.peer_seoul_tokyo.id
}

resource "aws_ec2_transit_gateway_route_table" "tgw_seoul_rt_seoul_edge" {
  provider           = aws.network_ap_northeast_2
  transit_gateway_id = aws_ec2_transit_gateway.tgw_seoul.id

  tags = {
    Name = "seoul hub"
  }
}

resource "aws_ec2_transit_gateway_route" "tgw_seoul_rt_seoul_edge_to_10_20_0_0_16" {
  provider                       = aws.network_ap_northeast_2
  destination_cidr_block         = "10.20.0.0/16"
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_seoul_rt_seoul_edge.id
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.peer_seoul_tokyo.id
}

resource "aws_ec2_transit_gateway" "tgw_tokyo" {
  provider                        = aws.network_ap_northeast_1
  amazon_side_asn                 = 64513
  default_route_table_association = "disable"
  default_route_table_propagation = "disable"

  tags = {
    Name = "tokyo hub"
  }
}

resource "aws_ec2_transit_gateway_route_table" "tgw_tokyo_rt_tokyo" {
  provider           = aws.network_ap_northeast_1
  transit_gateway_id = aws_ec2_transit_gateway.tgw_tokyo.id

  tags = {
    Name = "tokyo hub"
  }
}

resource "aws_ec2_transit_gateway_route" "tgw_tokyo_rt_tokyo_to_172_16_0_0_16" {
  provider                       = aws.network_ap_northeast_1
  destination_cidr_block         = "172.16.0.0/16"
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_tokyo_rt_tokyo.id
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.peer_seoul_tokyo.id
}

resource "aws_ec2_transit_gateway_route" "tgw_tokyo_rt_tokyo_to_172_20_0_0_16" {
  provider                       = aws.network_ap_northeast_1
  destination_cidr_block         = "172.20.0.0/16"
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_tokyo_rt_tokyo.id
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.peer_seoul_tokyo.id
}

resource "aws_ec2_transit_gateway_route" "tgw_tokyo_rt_tokyo_to_10_10_0_0_16" {
  provider                       = aws.network_ap_northeast_1
  destination_cidr_block         = "10.10.0.0/16"
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_tokyo_rt_tokyo.id
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.peer_seoul_tokyo.id
}

resource "aws_ec2_transit_gateway_vpc_attachment" "att_app_seoul" {
  provider                                        = aws.network_ap_northeast_2
  subnet_ids                                      = [aws_subnet.app_seoul_tgw_a.id]
  transit_gateway_id                              = aws_ec2_transit_gateway.tgw_seoul.id
  vpc_id                                          = aws_vpc.app_seoul.id
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name = "app-seoul → seoul hub"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "att_app_seoul_rt_seoul_spokes" {
  provider                       = aws.network_ap_northeast_2
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.att_app_seoul.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_seoul_rt_seoul_spokes.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "att_app_seoul_rt_seoul_edge" {
  provider                       = aws.network_ap_northeast_2
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.att_app_seoul.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_seoul_rt_seoul_edge.id
}

resource "aws_ec2_transit_gateway_vpc_attachment" "att_data_seoul" {
  provider                                        = aws.network_ap_northeast_2
  subnet_ids                                      = [aws_subnet.data_seoul_tgw_a.id]
  transit_gateway_id                              = aws_ec2_transit_gateway.tgw_seoul.id
  vpc_id                                          = aws_vpc.data_seoul.id
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name = "data-seoul → seoul hub"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "att_data_seoul_rt_seoul_spokes" {
  provider                       = aws.network_ap_northeast_2
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.att_data_seoul.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_seoul_rt_seoul_spokes.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "att_data_seoul_rt_seoul_edge" {
  provider                       = aws.network_ap_northeast_2
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.att_data_seoul.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_seoul_rt_seoul_edge.id
}

resource "aws_ec2_transit_gateway_vpc_attachment" "att_app_tokyo" {
  provider                                        = aws.network_ap_northeast_1
  subnet_ids                                      = [aws_subnet.app_tokyo_tgw_a.id]
  transit_gateway_id                              = aws_ec2_transit_gateway.tgw_tokyo.id
  vpc_id                                          = aws_vpc.app_tokyo.id
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name = "app-tokyo → tokyo hub"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "att_app_tokyo_rt_tokyo" {
  provider                       = aws.network_ap_northeast_1
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.att_app_tokyo.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_tokyo_rt_tokyo.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "att_app_tokyo_rt_tokyo" {
  provider                       = aws.network_ap_northeast_1
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.att_app_tokyo.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_tokyo_rt_tokyo.id
}

resource "aws_customer_gateway" "cgw_office" {
  provider    = aws.network_ap_northeast_2
  bgp_asn     = "65010"
  ip_address  = "198.51.100.20"
  type        = "ipsec.1"
  device_name = "office-edge-1"
}

resource "aws_default_route_table" "app_seoul_rtb_main" {
  provider               = aws.network_ap_northeast_2
  default_route_table_id = aws_vpc.app_seoul.default_route_table_id

  tags = {
    Name = "app seoul main"
  }
}

resource "aws_route_table" "app_seoul_rtb_private" {
  provider = aws.network_ap_northeast_2
  vpc_id   = aws_vpc.app_seoul.id

  tags = {
    Name = "app seoul private"
  }
}

resource "aws_route" "app_seoul_rtb_private_to_172_16_0_0_12" {
  provider               = aws.network_ap_northeast_2
  route_table_id         = aws_route_table.app_seoul_rtb_private.id
  destination_cidr_block = "172.16.0.0/12"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_seoul.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.att_app_seoul]
}

resource "aws_route" "app_seoul_rtb_private_to_10_20_0_0_16" {
  provider               = aws.network_ap_northeast_2
  route_table_id         = aws_route_table.app_seoul_rtb_private.id
  destination_cidr_block = "10.20.0.0/16"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_seoul.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.att_app_seoul]
}

resource "aws_default_route_table" "data_seoul_rtb_main" {
  provider               = aws.network_ap_northeast_2
  default_route_table_id = aws_vpc.data_seoul.default_route_table_id

  tags = {
    Name = "data seoul main"
  }
}

resource "aws_route_table" "data_seoul_rtb_private" {
  provider = aws.network_ap_northeast_2
  vpc_id   = aws_vpc.data_seoul.id

  tags = {
    Name = "data seoul private"
  }
}

resource "aws_route" "data_seoul_rtb_private_to_172_16_0_0_12" {
  provider               = aws.network_ap_northeast_2
  route_table_id         = aws_route_table.data_seoul_rtb_private.id
  destination_cidr_block = "172.16.0.0/12"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_seoul.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.att_data_seoul]
}

resource "aws_route" "data_seoul_rtb_private_to_10_20_0_0_16" {
  provider               = aws.network_ap_northeast_2
  route_table_id         = aws_route_table.data_seoul_rtb_private.id
  destination_cidr_block = "10.20.0.0/16"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_seoul.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.att_data_seoul]
}

resource "aws_default_route_table" "app_tokyo_rtb_main" {
  provider               = aws.network_ap_northeast_1
  default_route_table_id = aws_vpc.app_tokyo.default_route_table_id

  tags = {
    Name = "app tokyo main"
  }
}

resource "aws_route_table" "app_tokyo_rtb_private" {
  provider = aws.network_ap_northeast_1
  vpc_id   = aws_vpc.app_tokyo.id

  tags = {
    Name = "app tokyo private"
  }
}

resource "aws_route" "app_tokyo_rtb_private_to_172_16_0_0_12" {
  provider               = aws.network_ap_northeast_1
  route_table_id         = aws_route_table.app_tokyo_rtb_private.id
  destination_cidr_block = "172.16.0.0/12"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_tokyo.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.att_app_tokyo]
}

resource "aws_route" "app_tokyo_rtb_private_to_10_10_0_0_16" {
  provider               = aws.network_ap_northeast_1
  route_table_id         = aws_route_table.app_tokyo_rtb_private.id
  destination_cidr_block = "10.10.0.0/16"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_tokyo.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.att_app_tokyo]
}

resource "aws_route" "app_tokyo_rtb_private_to_10_11_0_0_16" {
  provider               = aws.network_ap_northeast_1
  route_table_id         = aws_route_table.app_tokyo_rtb_private.id
  destination_cidr_block = "10.11.0.0/16"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw_tokyo.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.att_app_tokyo]
}

resource "aws_vpn_connection" "vpn_office" {
  provider            = aws.network_ap_northeast_2
  customer_gateway_id = aws_customer_gateway.cgw_office.id
  transit_gateway_id  = aws_ec2_transit_gateway.tgw_seoul.id
  type                = "ipsec.1"
  static_routes_only  = false
  tunnel1_inside_cidr = "169.254.10.0/30"
  tunnel2_inside_cidr = "169.254.10.4/30"
}

resource "aws_ec2_transit_gateway_route_table_association" "vpn_office_rt_seoul_edge" {
  provider                       = aws.network_ap_northeast_2
  transit_gateway_attachment_id  = aws_vpn_connection.vpn_office.transit_gateway_attachment_id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_seoul_rt_seoul_edge.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "vpn_office_rt_seoul_spokes" {
  provider                       = aws.network_ap_northeast_2
  transit_gateway_attachment_id  = aws_vpn_connection.vpn_office.transit_gateway_attachment_id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_seoul_rt_seoul_spokes.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "vpn_office_rt_seoul_edge" {
  provider                       = aws.network_ap_northeast_2
  transit_gateway_attachment_id  = aws_vpn_connection.vpn_office.transit_gateway_attachment_id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_seoul_rt_seoul_edge.id
}

resource "aws_dx_gateway" "dxgw" {
  provider        = aws.network_ap_northeast_2
  name            = "data centre DX"
  amazon_side_asn = "65200"
}

resource "aws_dx_gateway_association" "dxgw_dxgw_tgw_seoul" {
  provider              = aws.network_ap_northeast_2
  dx_gateway_id         = aws_dx_gateway.dxgw.id
  associated_gateway_id = aws_ec2_transit_gateway.tgw_seoul.id
  allowed_prefixes      = ["10.10.0.0/16", "10.11.0.0/16", "10.20.0.0/16"]
}

resource "aws_ec2_transit_gateway_peering_attachment" "peer_seoul_tokyo" {
  provider                = aws.network_ap_northeast_2
  transit_gateway_id      = aws_ec2_transit_gateway.tgw_seoul.id
  peer_transit_gateway_id = aws_ec2_transit_gateway.tgw_tokyo.id
  peer_region             = "ap-northeast-1"
}

resource "aws_ec2_transit_gateway_peering_attachment_accepter" "peer_seoul_tokyo" {
  provider                      = aws.network_ap_northeast_1
  transit_gateway_attachment_id = aws_ec2_transit_gateway_peering_attachment.peer_seoul_tokyo.id
}

resource "aws_ec2_transit_gateway_route_table_association" "peer_seoul_tokyo_requester_rt_seoul_edge" {
  provider                       = aws.network_ap_northeast_2
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.peer_seoul_tokyo.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_seoul_rt_seoul_edge.id
}

resource "aws_ec2_transit_gateway_route_table_association" "peer_seoul_tokyo_accepter_rt_tokyo" {
  provider                       = aws.network_ap_northeast_1
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.peer_seoul_tokyo.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_tokyo_rt_tokyo.id
}
