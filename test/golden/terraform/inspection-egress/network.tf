# VPCs, subnets, route tables, gateways, peering, transit gateways, endpoints and RAM shares.

resource "aws_vpc" "spoke_orders" {
  provider             = aws.workloads_ap_northeast_2
  cidr_block           = "10.10.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name = "orders spoke"
  }
}

resource "aws_vpc" "spoke_billing" {
  provider             = aws.workloads_ap_northeast_2
  cidr_block           = "10.20.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name = "billing spoke"
  }
}

resource "aws_vpc" "inspection" {
  provider             = aws.network_ap_northeast_2
  cidr_block           = "10.100.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name = "inspection"
  }
}

resource "aws_vpc" "egress" {
  provider             = aws.network_ap_northeast_2
  cidr_block           = "10.200.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name = "egress"
  }
}

resource "aws_subnet" "spoke_orders_app_a" {
  provider             = aws.workloads_ap_northeast_2
  vpc_id               = aws_vpc.spoke_orders.id
  cidr_block           = "10.10.1.0/24"
  availability_zone_id = "apne2-az1"

  tags = {
    Name = "app-a"
  }
}

resource "aws_route_table_association" "spoke_orders_app_a" {
  provider       = aws.workloads_ap_northeast_2
  subnet_id      = aws_subnet.spoke_orders_app_a.id
  route_table_id = aws_route_table.spoke_orders_rtb.id
}

resource "aws_subnet" "spoke_orders_app_c" {
  provider             = aws.workloads_ap_northeast_2
  vpc_id               = aws_vpc.spoke_orders.id
  cidr_block           = "10.10.2.0/24"
  availability_zone_id = "apne2-az3"

  tags = {
    Name = "app-c"
  }
}

resource "aws_route_table_association" "spoke_orders_app_c" {
  provider       = aws.workloads_ap_northeast_2
  subnet_id      = aws_subnet.spoke_orders_app_c.id
  route_table_id = aws_route_table.spoke_orders_rtb.id
}

resource "aws_subnet" "spoke_orders_tgw_a" {
  provider             = aws.workloads_ap_northeast_2
  vpc_id               = aws_vpc.spoke_orders.id
  cidr_block           = "10.10.255.0/28"
  availability_zone_id = "apne2-az1"

  tags = {
    Name = "tgw-a"
  }
}

resource "aws_route_table_association" "spoke_orders_tgw_a" {
  provider       = aws.workloads_ap_northeast_2
  subnet_id      = aws_subnet.spoke_orders_tgw_a.id
  route_table_id = aws_route_table.spoke_orders_rtb.id
}

resource "aws_subnet" "spoke_orders_tgw_c" {
  provider             = aws.workloads_ap_northeast_2
  vpc_id               = aws_vpc.spoke_orders.id
  cidr_block           = "10.10.255.16/28"
  availability_zone_id = "apne2-az3"

  tags = {
    Name = "tgw-c"
  }
}

resource "aws_route_table_association" "spoke_orders_tgw_c" {
  provider       = aws.workloads_ap_northeast_2
  subnet_id      = aws_subnet.spoke_orders_tgw_c.id
  route_table_id = aws_route_table.spoke_orders_rtb.id
}

resource "aws_subnet" "spoke_billing_app_a" {
  provider             = aws.workloads_ap_northeast_2
  vpc_id               = aws_vpc.spoke_billing.id
  cidr_block           = "10.20.1.0/24"
  availability_zone_id = "apne2-az1"

  tags = {
    Name = "app-a"
  }
}

resource "aws_route_table_association" "spoke_billing_app_a" {
  provider       = aws.workloads_ap_northeast_2
  subnet_id      = aws_subnet.spoke_billing_app_a.id
  route_table_id = aws_route_table.spoke_billing_rtb.id
}

resource "aws_subnet" "spoke_billing_app_c" {
  provider             = aws.workloads_ap_northeast_2
  vpc_id               = aws_vpc.spoke_billing.id
  cidr_block           = "10.20.2.0/24"
  availability_zone_id = "apne2-az3"

  tags = {
    Name = "app-c"
  }
}

resource "aws_route_table_association" "spoke_billing_app_c" {
  provider       = aws.workloads_ap_northeast_2
  subnet_id      = aws_subnet.spoke_billing_app_c.id
  route_table_id = aws_route_table.spoke_billing_rtb.id
}

resource "aws_subnet" "spoke_billing_tgw_a" {
  provider             = aws.workloads_ap_northeast_2
  vpc_id               = aws_vpc.spoke_billing.id
  cidr_block           = "10.20.255.0/28"
  availability_zone_id = "apne2-az1"

  tags = {
    Name = "tgw-a"
  }
}

resource "aws_route_table_association" "spoke_billing_tgw_a" {
  provider       = aws.workloads_ap_northeast_2
  subnet_id      = aws_subnet.spoke_billing_tgw_a.id
  route_table_id = aws_route_table.spoke_billing_rtb.id
}

resource "aws_subnet" "spoke_billing_tgw_c" {
  provider             = aws.workloads_ap_northeast_2
  vpc_id               = aws_vpc.spoke_billing.id
  cidr_block           = "10.20.255.16/28"
  availability_zone_id = "apne2-az3"

  tags = {
    Name = "tgw-c"
  }
}

resource "aws_route_table_association" "spoke_billing_tgw_c" {
  provider       = aws.workloads_ap_northeast_2
  subnet_id      = aws_subnet.spoke_billing_tgw_c.id
  route_table_id = aws_route_table.spoke_billing_rtb.id
}

resource "aws_subnet" "inspection_tgw_a" {
  provider             = aws.network_ap_northeast_2
  vpc_id               = aws_vpc.inspection.id
  cidr_block           = "10.100.0.0/28"
  availability_zone_id = "apne2-az1"

  tags = {
    Name = "tgw-a"
  }
}

resource "aws_route_table_association" "inspection_tgw_a" {
  provider       = aws.network_ap_northeast_2
  subnet_id      = aws_subnet.inspection_tgw_a.id
  route_table_id = aws_route_table.inspection_rtb_tgw_a.id
}

resource "aws_subnet" "inspection_fw_a" {
  provider             = aws.network_ap_northeast_2
  vpc_id               = aws_vpc.inspection.id
  cidr_block           = "10.100.1.0/28"
  availability_zone_id = "apne2-az1"

  tags = {
    Name = "firewall-a"
  }
}

resource "aws_route_table_association" "inspection_fw_a" {
  provider       = aws.network_ap_northeast_2
  subnet_id      = aws_subnet.inspection_fw_a.id
  route_table_id = aws_route_table.inspection_rtb_firewall.id
}

resource "aws_subnet" "inspection_tgw_c" {
  provider             = aws.network_ap_northeast_2
  vpc_id               = aws_vpc.inspection.id
  cidr_block           = "10.100.0.16/28"
  availability_zone_id = "apne2-az3"

  tags = {
    Name = "tgw-c"
  }
}

resource "aws_route_table_association" "inspection_tgw_c" {
  provider       = aws.network_ap_northeast_2
  subnet_id      = aws_subnet.inspection_tgw_c.id
  route_table_id = aws_route_table.inspection_rtb_tgw_c.id
}

resource "aws_subnet" "inspection_fw_c" {
  provider             = aws.network_ap_northeast_2
  vpc_id               = aws_vpc.inspection.id
  cidr_block           = "10.100.1.16/28"
  availability_zone_id = "apne2-az3"

  tags = {
    Name = "firewall-c"
  }
}

resource "aws_route_table_association" "inspection_fw_c" {
  provider       = aws.network_ap_northeast_2
  subnet_id      = aws_subnet.inspection_fw_c.id
  route_table_id = aws_route_table.inspection_rtb_firewall.id
}

resource "aws_subnet" "egress_public_a" {
  provider                = aws.network_ap_northeast_2
  vpc_id                  = aws_vpc.egress.id
  cidr_block              = "10.200.0.0/24"
  availability_zone_id    = "apne2-az1"
  map_public_ip_on_launch = true

  tags = {
    Name = "public-a"
  }
}

resource "aws_route_table_association" "egress_public_a" {
  provider       = aws.network_ap_northeast_2
  subnet_id      = aws_subnet.egress_public_a.id
  route_table_id = aws_route_table.egress_rtb_public.id
}

resource "aws_subnet" "egress_public_c" {
  provider                = aws.network_ap_northeast_2
  vpc_id                  = aws_vpc.egress.id
  cidr_block              = "10.200.1.0/24"
  availability_zone_id    = "apne2-az3"
  map_public_ip_on_launch = true

  tags = {
    Name = "public-c"
  }
}

resource "aws_route_table_association" "egress_public_c" {
  provider       = aws.network_ap_northeast_2
  subnet_id      = aws_subnet.egress_public_c.id
  route_table_id = aws_route_table.egress_rtb_public.id
}

resource "aws_subnet" "egress_tgw_a" {
  provider             = aws.network_ap_northeast_2
  vpc_id               = aws_vpc.egress.id
  cidr_block           = "10.200.255.0/28"
  availability_zone_id = "apne2-az1"

  tags = {
    Name = "tgw-a"
  }
}

resource "aws_route_table_association" "egress_tgw_a" {
  provider       = aws.network_ap_northeast_2
  subnet_id      = aws_subnet.egress_tgw_a.id
  route_table_id = aws_route_table.egress_rtb_tgw_a.id
}

resource "aws_subnet" "egress_tgw_c" {
  provider             = aws.network_ap_northeast_2
  vpc_id               = aws_vpc.egress.id
  cidr_block           = "10.200.255.16/28"
  availability_zone_id = "apne2-az3"

  tags = {
    Name = "tgw-c"
  }
}

resource "aws_route_table_association" "egress_tgw_c" {
  provider       = aws.network_ap_northeast_2
  subnet_id      = aws_subnet.egress_tgw_c.id
  route_table_id = aws_route_table.egress_rtb_tgw_c.id
}

resource "aws_internet_gateway" "egress_igw" {
  provider = aws.network_ap_northeast_2
  vpc_id   = aws_vpc.egress.id

  tags = {
    Name = "egress internet gateway"
  }
}

resource "aws_eip" "egress_nat_a_eip" {
  provider = aws.network_ap_northeast_2
  domain   = "vpc"

  tags = {
    Name = "egress-nat-a address"
  }
}

resource "aws_eip" "egress_nat_c_eip" {
  provider = aws.network_ap_northeast_2
  domain   = "vpc"

  tags = {
    Name = "egress-nat-c address"
  }
}

resource "aws_nat_gateway" "egress_nat_a" {
  provider          = aws.network_ap_northeast_2
  connectivity_type = "public"
  subnet_id         = aws_subnet.egress_public_a.id
  allocation_id     = aws_eip.egress_nat_a_eip.id

  tags = {
    Name = "egress-nat-a"
  }
}

resource "aws_nat_gateway" "egress_nat_c" {
  provider          = aws.network_ap_northeast_2
  connectivity_type = "public"
  subnet_id         = aws_subnet.egress_public_c.id
  allocation_id     = aws_eip.egress_nat_c_eip.id

  tags = {
    Name = "egress-nat-c"
  }
}

resource "aws_ec2_transit_gateway" "tgw" {
  provider                        = aws.network_ap_northeast_2
  amazon_side_asn                 = 64512
  default_route_table_association = "disable"
  default_route_table_propagation = "disable"

  tags = {
    Name = "hub tgw"
  }
}

resource "aws_ec2_transit_gateway_route_table" "tgw_tgw_rt_spokes" {
  provider           = aws.network_ap_northeast_2
  transit_gateway_id = aws_ec2_transit_gateway.tgw.id

  tags = {
    Name = "hub tgw"
  }
}

resource "aws_ec2_transit_gateway_route" "tgw_tgw_rt_spokes_to_0_0_0_0_0" {
  provider                       = aws.network_ap_northeast_2
  destination_cidr_block         = "0.0.0.0/0"
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_tgw_rt_spokes.id
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.inspection_attach.id
}

resource "aws_ec2_transit_gateway_route_table" "tgw_tgw_rt_firewall" {
  provider           = aws.network_ap_northeast_2
  transit_gateway_id = aws_ec2_transit_gateway.tgw.id

  tags = {
    Name = "hub tgw"
  }
}

resource "aws_ec2_transit_gateway_route" "tgw_tgw_rt_firewall_to_0_0_0_0_0" {
  provider                       = aws.network_ap_northeast_2
  destination_cidr_block         = "0.0.0.0/0"
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_tgw_rt_firewall.id
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.egress_attach.id
}

resource "aws_ec2_transit_gateway_vpc_attachment" "spoke_orders_attach" {
  provider           = aws.workloads_ap_northeast_2
  subnet_ids         = [aws_subnet.spoke_orders_tgw_a.id, aws_subnet.spoke_orders_tgw_c.id]
  transit_gateway_id = aws_ec2_transit_gateway.tgw.id
  vpc_id             = aws_vpc.spoke_orders.id

  tags = {
    Name = "orders spoke → tgw"
  }
  depends_on = [aws_ram_principal_association.share_tgw_workloads, aws_ram_resource_association.share_tgw_tgw]
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "spoke_orders_attach" {
  provider                                        = aws.network_ap_northeast_2
  transit_gateway_attachment_id                   = aws_ec2_transit_gateway_vpc_attachment.spoke_orders_attach.id
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name = "orders spoke → tgw"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "spoke_orders_attach_tgw_rt_spokes" {
  provider                       = aws.network_ap_northeast_2
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.spoke_orders_attach.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_tgw_rt_spokes.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "spoke_orders_attach_tgw_rt_firewall" {
  provider                       = aws.network_ap_northeast_2
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.spoke_orders_attach.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_tgw_rt_firewall.id
}

resource "aws_ec2_transit_gateway_vpc_attachment" "spoke_billing_attach" {
  provider           = aws.workloads_ap_northeast_2
  subnet_ids         = [aws_subnet.spoke_billing_tgw_a.id, aws_subnet.spoke_billing_tgw_c.id]
  transit_gateway_id = aws_ec2_transit_gateway.tgw.id
  vpc_id             = aws_vpc.spoke_billing.id

  tags = {
    Name = "billing spoke → tgw"
  }
  depends_on = [aws_ram_principal_association.share_tgw_workloads, aws_ram_resource_association.share_tgw_tgw]
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "spoke_billing_attach" {
  provider                                        = aws.network_ap_northeast_2
  transit_gateway_attachment_id                   = aws_ec2_transit_gateway_vpc_attachment.spoke_billing_attach.id
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name = "billing spoke → tgw"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "spoke_billing_attach_tgw_rt_spokes" {
  provider                       = aws.network_ap_northeast_2
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.spoke_billing_attach.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_tgw_rt_spokes.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "spoke_billing_attach_tgw_rt_firewall" {
  provider                       = aws.network_ap_northeast_2
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.spoke_billing_attach.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_tgw_rt_firewall.id
}

resource "aws_ec2_transit_gateway_vpc_attachment" "inspection_attach" {
  provider                                        = aws.network_ap_northeast_2
  subnet_ids                                      = [aws_subnet.inspection_tgw_a.id, aws_subnet.inspection_tgw_c.id]
  transit_gateway_id                              = aws_ec2_transit_gateway.tgw.id
  vpc_id                                          = aws_vpc.inspection.id
  appliance_mode_support                          = "enable"
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name = "inspection → tgw"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "inspection_attach_tgw_rt_firewall" {
  provider                       = aws.network_ap_northeast_2
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.inspection_attach.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_tgw_rt_firewall.id
}

resource "aws_ec2_transit_gateway_vpc_attachment" "egress_attach" {
  provider                                        = aws.network_ap_northeast_2
  subnet_ids                                      = [aws_subnet.egress_tgw_a.id, aws_subnet.egress_tgw_c.id]
  transit_gateway_id                              = aws_ec2_transit_gateway.tgw.id
  vpc_id                                          = aws_vpc.egress.id
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name = "egress → tgw"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "egress_attach_tgw_rt_spokes" {
  provider                       = aws.network_ap_northeast_2
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.egress_attach.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_tgw_rt_spokes.id
}

resource "aws_default_route_table" "spoke_orders_rtb_main" {
  provider               = aws.workloads_ap_northeast_2
  default_route_table_id = aws_vpc.spoke_orders.default_route_table_id

  tags = {
    Name = "orders spoke main"
  }
}

resource "aws_route_table" "spoke_orders_rtb" {
  provider = aws.workloads_ap_northeast_2
  vpc_id   = aws_vpc.spoke_orders.id

  tags = {
    Name = "orders spoke to the TGW"
  }
}

resource "aws_route" "spoke_orders_rtb_to_0_0_0_0_0" {
  provider               = aws.workloads_ap_northeast_2
  route_table_id         = aws_route_table.spoke_orders_rtb.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment_accepter.spoke_orders_attach]
}

resource "aws_default_route_table" "spoke_billing_rtb_main" {
  provider               = aws.workloads_ap_northeast_2
  default_route_table_id = aws_vpc.spoke_billing.default_route_table_id

  tags = {
    Name = "billing spoke main"
  }
}

resource "aws_route_table" "spoke_billing_rtb" {
  provider = aws.workloads_ap_northeast_2
  vpc_id   = aws_vpc.spoke_billing.id

  tags = {
    Name = "billing spoke to the TGW"
  }
}

resource "aws_route" "spoke_billing_rtb_to_0_0_0_0_0" {
  provider               = aws.workloads_ap_northeast_2
  route_table_id         = aws_route_table.spoke_billing_rtb.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment_accepter.spoke_billing_attach]
}

resource "aws_default_route_table" "inspection_rtb_main" {
  provider               = aws.network_ap_northeast_2
  default_route_table_id = aws_vpc.inspection.default_route_table_id

  tags = {
    Name = "inspection main"
  }
}

resource "aws_route_table" "inspection_rtb_firewall" {
  provider = aws.network_ap_northeast_2
  vpc_id   = aws_vpc.inspection.id

  tags = {
    Name = "firewall subnets to the TGW"
  }
}

resource "aws_route" "inspection_rtb_firewall_to_0_0_0_0_0" {
  provider               = aws.network_ap_northeast_2
  route_table_id         = aws_route_table.inspection_rtb_firewall.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.inspection_attach]
}

resource "aws_route_table" "inspection_rtb_tgw_a" {
  provider = aws.network_ap_northeast_2
  vpc_id   = aws_vpc.inspection.id

  tags = {
    Name = "tgw-a to the firewall in a"
  }
}

resource "aws_route" "inspection_rtb_tgw_a_to_0_0_0_0_0" {
  provider               = aws.network_ap_northeast_2
  route_table_id         = aws_route_table.inspection_rtb_tgw_a.id
  destination_cidr_block = "0.0.0.0/0"
  vpc_endpoint_id        = one([for state in aws_networkfirewall_firewall.nfw.firewall_status[0].sync_states : state.attachment[0].endpoint_id if state.availability_zone == "ap-northeast-2a"])
}

resource "aws_route_table" "inspection_rtb_tgw_c" {
  provider = aws.network_ap_northeast_2
  vpc_id   = aws_vpc.inspection.id

  tags = {
    Name = "tgw-c to the firewall in c"
  }
}

resource "aws_route" "inspection_rtb_tgw_c_to_0_0_0_0_0" {
  provider               = aws.network_ap_northeast_2
  route_table_id         = aws_route_table.inspection_rtb_tgw_c.id
  destination_cidr_block = "0.0.0.0/0"
  vpc_endpoint_id        = one([for state in aws_networkfirewall_firewall.nfw.firewall_status[0].sync_states : state.attachment[0].endpoint_id if state.availability_zone == "ap-northeast-2c"])
}

resource "aws_default_route_table" "egress_rtb_main" {
  provider               = aws.network_ap_northeast_2
  default_route_table_id = aws_vpc.egress.default_route_table_id

  tags = {
    Name = "egress main"
  }
}

resource "aws_route_table" "egress_rtb_public" {
  provider = aws.network_ap_northeast_2
  vpc_id   = aws_vpc.egress.id

  tags = {
    Name = "egress public"
  }
}

resource "aws_route" "egress_rtb_public_to_0_0_0_0_0" {
  provider               = aws.network_ap_northeast_2
  route_table_id         = aws_route_table.egress_rtb_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.egress_igw.id
}

resource "aws_route" "egress_rtb_public_to_10_0_0_0_8" {
  provider               = aws.network_ap_northeast_2
  route_table_id         = aws_route_table.egress_rtb_public.id
  destination_cidr_block = "10.0.0.0/8"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.egress_attach]
}

resource "aws_route_table" "egress_rtb_tgw_a" {
  provider = aws.network_ap_northeast_2
  vpc_id   = aws_vpc.egress.id

  tags = {
    Name = "tgw-a to the NAT gateway in a"
  }
}

resource "aws_route" "egress_rtb_tgw_a_to_0_0_0_0_0" {
  provider               = aws.network_ap_northeast_2
  route_table_id         = aws_route_table.egress_rtb_tgw_a.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.egress_nat_a.id
}

resource "aws_route_table" "egress_rtb_tgw_c" {
  provider = aws.network_ap_northeast_2
  vpc_id   = aws_vpc.egress.id

  tags = {
    Name = "tgw-c to the NAT gateway in c"
  }
}

resource "aws_route" "egress_rtb_tgw_c_to_0_0_0_0_0" {
  provider               = aws.network_ap_northeast_2
  route_table_id         = aws_route_table.egress_rtb_tgw_c.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.egress_nat_c.id
}

resource "aws_ram_resource_share" "share_tgw" {
  provider = aws.network_ap_northeast_2
  name     = "hub tgw → workloads"

  tags = {
    Name = "hub tgw → workloads"
  }
}

resource "aws_ram_resource_association" "share_tgw_tgw" {
  provider           = aws.network_ap_northeast_2
  resource_arn       = aws_ec2_transit_gateway.tgw.arn
  resource_share_arn = aws_ram_resource_share.share_tgw.arn
}

resource "aws_ram_principal_association" "share_tgw_workloads" {
  provider           = aws.network_ap_northeast_2
  principal          = var.account_id_workloads
  resource_share_arn = aws_ram_resource_share.share_tgw.arn
}

resource "aws_networkfirewall_rule_group" "nfw_stateful_no_ssh_between_spokes" {
  provider = aws.network_ap_northeast_2
  name     = "inspection-firewall-no-ssh-between-spokes"
  capacity = 10
  type     = "STATEFUL"

  rule_group {
    rules_source {
      stateful_rule {
        action = "DROP"

        header {
          protocol         = "TCP"
          source           = "10.0.0.0/11"
          source_port      = "ANY"
          direction        = "FORWARD"
          destination      = "10.0.0.0/11"
          destination_port = "22"
        }

        rule_option {
          keyword  = "sid"
          settings = ["100"]
        }
      }
    }
  }

  tags = {
    Name = "inspection firewall"
  }
}

resource "aws_networkfirewall_rule_group" "nfw_stateful_egress_domains" {
  provider = aws.network_ap_northeast_2
  name     = "inspection-firewall-egress-domains"
  capacity = 100
  type     = "STATEFUL"

  rule_group {
    rule_variables {
      ip_sets {
        key = "HOME_NET"

        ip_set {
          definition = ["10.0.0.0/11"]
        }
      }
    }

    rules_source {
      rules_source_list {
        generated_rules_type = "ALLOWLIST"
        target_types         = ["TLS_SNI", "HTTP_HOST"]
        targets              = [".amazonaws.com", ".example.com"]
      }
    }
  }

  tags = {
    Name = "inspection firewall"
  }
}

resource "aws_networkfirewall_firewall_policy" "nfw_policy" {
  provider = aws.network_ap_northeast_2
  name     = "inspection-firewall-policy"

  firewall_policy {
    stateless_default_actions          = ["aws:forward_to_sfe"]
    stateless_fragment_default_actions = ["aws:forward_to_sfe"]

    stateful_rule_group_reference {
      resource_arn = aws_networkfirewall_rule_group.nfw_stateful_no_ssh_between_spokes.arn
    }

    stateful_rule_group_reference {
      resource_arn = aws_networkfirewall_rule_group.nfw_stateful_egress_domains.arn
    }
  }

  tags = {
    Name = "inspection firewall"
  }
}

resource "aws_networkfirewall_firewall" "nfw" {
  provider            = aws.network_ap_northeast_2
  name                = "inspection-firewall"
  firewall_policy_arn = aws_networkfirewall_firewall_policy.nfw_policy.arn
  vpc_id              = aws_vpc.inspection.id
  delete_protection   = false

  subnet_mapping {
    subnet_id = aws_subnet.inspection_fw_a.id
  }

  subnet_mapping {
    subnet_id = aws_subnet.inspection_fw_c.id
  }

  tags = {
    Name = "inspection firewall"
  }
}
