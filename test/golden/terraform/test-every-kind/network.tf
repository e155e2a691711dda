# VPCs, subnets, route tables, gateways, peering, transit gateways, endpoints and RAM shares.

resource "aws_vpc" "hub" {
  provider                         = aws.net_ap_northeast_2
  cidr_block                       = "10.0.0.0/16"
  enable_dns_support               = true
  enable_dns_hostnames             = true
  assign_generated_ipv6_cidr_block = true

  tags = {
    Name = "hub"
  }
}

resource "aws_vpc_ipv4_cidr_block_association" "hub_100_64_0_0_16" {
  provider   = aws.net_ap_northeast_2
  vpc_id     = aws_vpc.hub.id
  cidr_block = "100.64.0.0/16"
}

resource "aws_vpc" "spoke" {
  provider             = aws.app_ap_northeast_2
  cidr_block           = "10.20.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name = "spoke"
  }
}

resource "aws_vpc" "dr" {
  provider             = aws.app_ap_northeast_1
  cidr_block           = "10.30.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name = "dr"
  }
}

resource "aws_subnet" "hub_pub_a" {
  provider                        = aws.net_ap_northeast_2
  vpc_id                          = aws_vpc.hub.id
  cidr_block                      = "10.0.0.0/24"
  availability_zone               = "ap-northeast-2a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.hub.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true

  tags = {
    Name = "hub public a"
  }
}

resource "aws_route_table_association" "hub_pub_a" {
  provider       = aws.net_ap_northeast_2
  subnet_id      = aws_subnet.hub_pub_a.id
  route_table_id = aws_route_table.rtb_public.id
}

resource "aws_subnet" "hub_pub_c" {
  provider             = aws.net_ap_northeast_2
  vpc_id               = aws_vpc.hub.id
  cidr_block           = "10.0.1.0/24"
  availability_zone_id = "apne2-az3"

  tags = {
    Name = "hub public c"
  }
}

resource "aws_route_table_association" "hub_pub_c" {
  provider       = aws.net_ap_northeast_2
  subnet_id      = aws_subnet.hub_pub_c.id
  route_table_id = aws_route_table.rtb_public.id
}

resource "aws_subnet" "hub_tgw_a" {
  provider          = aws.net_ap_northeast_2
  vpc_id            = aws_vpc_ipv4_cidr_block_association.hub_100_64_0_0_16.vpc_id
  cidr_block        = "100.64.0.0/28"
  availability_zone = "ap-northeast-2a"

  tags = {
    Name = "hub tgw a"
  }
}

resource "aws_subnet" "hub_fw_a" {
  provider          = aws.net_ap_northeast_2
  vpc_id            = aws_vpc.hub.id
  cidr_block        = "10.0.200.0/28"
  availability_zone = "ap-northeast-2a"

  tags = {
    Name = "hub firewall a"
  }
}

resource "aws_subnet" "spoke_a" {
  provider          = aws.app_ap_northeast_2
  vpc_id            = aws_vpc.spoke.id
  cidr_block        = "10.20.1.0/24"
  availability_zone = "ap-northeast-2a"

  tags = {
    Name = "spoke a"
  }
}

resource "aws_subnet" "spoke_c" {
  provider          = aws.app_ap_northeast_2
  vpc_id            = aws_vpc.spoke.id
  cidr_block        = "10.20.2.0/24"
  availability_zone = "ap-northeast-2c"

  tags = {
    Name = "spoke c"
  }
}

resource "aws_subnet" "dr_a" {
  provider          = aws.app_ap_northeast_1
  vpc_id            = aws_vpc.dr.id
  cidr_block        = "10.30.1.0/24"
  availability_zone = "ap-northeast-1a"

  tags = {
    Name = "dr a"
  }
}

resource "aws_ec2_managed_prefix_list" "pl_partners" {
  provider       = aws.net_ap_northeast_2
  name           = "partners"
  address_family = "IPv4"
  max_entries    = 2

  entry {
    cidr = "203.0.113.0/24"
  }

  entry {
    cidr = "198.51.100.0/24"
  }

  tags = {
    Name = "partners"
  }
}

resource "aws_internet_gateway" "igw" {
  provider = aws.net_ap_northeast_2
  vpc_id   = aws_vpc.hub.id

  tags = {
    Name = "igw"
  }
}

resource "aws_egress_only_internet_gateway" "eigw" {
  provider = aws.net_ap_northeast_2
  vpc_id   = aws_vpc.hub.id

  tags = {
    Name = "eigw"
  }
}

resource "aws_eip" "eip_nat" {
  provider = aws.net_ap_northeast_2
  domain   = "vpc"

  tags = {
    Name = "nat eip"
  }
}

resource "aws_eip" "eip_nlb" {
  provider = aws.net_ap_northeast_2
  domain   = "vpc"

  tags = {
    Name = "nlb eip"
  }
}

resource "aws_eip" "eip_bastion" {
  provider = aws.net_ap_northeast_2
  domain   = "vpc"

  tags = {
    Name = "bastion eip"
  }
}

resource "aws_nat_gateway" "nat_a" {
  provider          = aws.net_ap_northeast_2
  connectivity_type = "public"
  subnet_id         = aws_subnet.hub_pub_a.id
  allocation_id     = aws_eip.eip_nat.id

  tags = {
    Name = "nat a"
  }
}

resource "aws_nat_gateway" "nat_private" {
  provider          = aws.net_ap_northeast_2
  connectivity_type = "private"
  subnet_id         = aws_subnet.hub_tgw_a.id

  tags = {
    Name = "private nat"
  }
}

resource "aws_vpc_peering_connection" "pcx_local" {
  provider      = aws.net_ap_northeast_2
  vpc_id        = aws_vpc.hub.id
  peer_vpc_id   = aws_vpc.spoke.id
  peer_owner_id = var.account_id_app

  tags = {
    Name = "hub to spoke"
  }
}

resource "aws_vpc_peering_connection_accepter" "pcx_local" {
  provider                  = aws.app_ap_northeast_2
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_local.id
  auto_accept               = true

  accepter {
    allow_remote_vpc_dns_resolution = true
  }

  tags = {
    Name = "hub to spoke"
  }
}

resource "aws_vpc_peering_connection" "pcx_dr" {
  provider    = aws.app_ap_northeast_2
  vpc_id      = aws_vpc.spoke.id
  peer_vpc_id = aws_vpc.dr.id
  peer_region = "ap-northeast-1"

  tags = {
    Name = "spoke to dr"
  }
}

resource "aws_vpc_peering_connection_accepter" "pcx_dr" {
  provider                  = aws.app_ap_northeast_1
  vpc_peering_connection_id = aws_vpc_peering_connection.pcx_dr.id
  auto_accept               = true

  tags = {
    Name = "spoke to dr"
  }
}

resource "aws_ec2_transit_gateway" "tgw" {
  provider                           = aws.net_ap_northeast_2
  amazon_side_asn                    = 64512
  default_route_table_association    = "disable"
  default_route_table_propagation    = "disable"
  security_group_referencing_support = "enable"

  tags = {
    Name = "core tgw"
  }
}

resource "aws_ec2_transit_gateway_route_table" "tgw_tgw_rt_shared" {
  provider           = aws.net_ap_northeast_2
  transit_gateway_id = aws_ec2_transit_gateway.tgw.id

  tags = {
    Name = "core tgw"
  }
}

resource "aws_ec2_transit_gateway_route" "tgw_tgw_rt_shared_to_0_0_0_0_0" {
  provider                       = aws.net_ap_northeast_2
  destination_cidr_block         = "0.0.0.0/0"
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_tgw_rt_shared.id
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.att_hub.id
}

resource "aws_ec2_transit_gateway_route" "tgw_tgw_rt_shared_to_192_168_0_0_16" {
  provider                       = aws.net_ap_northeast_2
  destination_cidr_block         = "192.168.0.0/16"
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_tgw_rt_shared.id
  blackhole                      = true
}

resource "aws_ec2_transit_gateway_route_table" "tgw_tgw_rt_spoke" {
  provider           = aws.net_ap_northeast_2
  transit_gateway_id = aws_ec2_transit_gateway.tgw.id

  tags = {
    Name = "core tgw"
  }
}

resource "aws_ec2_transit_gateway_route" "tgw_tgw_rt_spoke_to_10_20_0_0_16" {
  provider                       = aws.net_ap_northeast_2
  destination_cidr_block         = "10.20.0.0/16"
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_tgw_rt_spoke.id
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.att_app.id
}

resource "aws_ec2_transit_gateway_route" "tgw_tgw_rt_spoke_to_172_20_0_0_16" {
  provider                       = aws.net_ap_northeast_2
  destination_cidr_block         = "172.20.0.0/16"
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_tgw_rt_spoke.id
  transit_gateway_attachment_id  = aws_vpn_connection.vpn_branch.transit_gateway_attachment_id
}

resource "aws_ec2_transit_gateway_route" "tgw_tgw_rt_spoke_to_10_30_0_0_16" {
  provider                       = aws.net_ap_northeast_2
  destination_cidr_block         = "10.30.0.0/16"
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_tgw_rt_spoke.id
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_peer.id
}

resource "aws_ec2_transit_gateway" "tgw_dr" {
  provider                        = aws.app_ap_northeast_1
  amazon_side_asn                 = 64513
  default_route_table_association = "disable"
  default_route_table_propagation = "disable"

  tags = {
    Name = "dr tgw"
  }
}

resource "aws_ec2_transit_gateway_route_table" "tgw_dr_tgw_rt_dr" {
  provider           = aws.app_ap_northeast_1
  transit_gateway_id = aws_ec2_transit_gateway.tgw_dr.id

  tags = {
    Name = "dr tgw"
  }
}

resource "aws_ec2_transit_gateway_route" "tgw_dr_tgw_rt_dr_to_10_0_0_0_16" {
  provider                       = aws.app_ap_northeast_1
  destination_cidr_block         = "10.0.0.0/16"
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_dr_tgw_rt_dr.id
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_peer.id
}

resource "aws_ec2_transit_gateway_vpc_attachment" "att_hub" {
  provider                                        = aws.net_ap_northeast_2
  subnet_ids                                      = [aws_subnet.hub_tgw_a.id]
  transit_gateway_id                              = aws_ec2_transit_gateway.tgw.id
  vpc_id                                          = aws_vpc.hub.id
  appliance_mode_support                          = "enable"
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name = "hub attachment"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "att_hub_tgw_rt_spoke" {
  provider                       = aws.net_ap_northeast_2
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.att_hub.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_tgw_rt_spoke.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "att_hub_tgw_rt_shared" {
  provider                       = aws.net_ap_northeast_2
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.att_hub.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_tgw_rt_shared.id
}

resource "aws_ec2_transit_gateway_vpc_attachment" "att_app" {
  provider           = aws.app_ap_northeast_2
  subnet_ids         = [aws_subnet.spoke_a.id, aws_subnet.spoke_c.id]
  transit_gateway_id = aws_ec2_transit_gateway.tgw.id
  vpc_id             = aws_vpc.spoke.id

  tags = {
    Name = "spoke attachment"
  }
  depends_on = [aws_ram_principal_association.share_net_app, aws_ram_resource_association.share_net_tgw]
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "att_app" {
  provider                                        = aws.net_ap_northeast_2
  transit_gateway_attachment_id                   = aws_ec2_transit_gateway_vpc_attachment.att_app.id
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name = "spoke attachment"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "att_app_tgw_rt_shared" {
  provider                       = aws.net_ap_northeast_2
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.att_app.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_tgw_rt_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "att_app_tgw_rt_spoke" {
  provider                       = aws.net_ap_northeast_2
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.att_app.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_tgw_rt_spoke.id
}

resource "aws_customer_gateway" "cgw_office" {
  provider    = aws.net_ap_northeast_2
  bgp_asn     = "65010"
  ip_address  = "198.51.100.20"
  type        = "ipsec.1"
  device_name = "office-router"
}

resource "aws_customer_gateway" "cgw_branch" {
  provider         = aws.net_ap_northeast_2
  bgp_asn_extended = "4200000010"
  ip_address       = "198.51.100.21"
  type             = "ipsec.1"
}

resource "aws_default_route_table" "hub_rtb_main" {
  provider               = aws.net_ap_northeast_2
  default_route_table_id = aws_vpc.hub.default_route_table_id

  tags = {
    Name = "hub main"
  }
}

resource "aws_route" "hub_rtb_main_to_10_20_0_0_16" {
  provider                  = aws.net_ap_northeast_2
  route_table_id            = aws_default_route_table.hub_rtb_main.id
  destination_cidr_block    = "10.20.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_local.id
}

resource "aws_route" "hub_rtb_main_to_0_0_0_0_0" {
  provider               = aws.net_ap_northeast_2
  route_table_id         = aws_default_route_table.hub_rtb_main.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.nat_a.id
}

resource "aws_route_table" "rtb_public" {
  provider = aws.net_ap_northeast_2
  vpc_id   = aws_vpc.hub.id

  tags = {
    Name = "public"
  }
}

resource "aws_route" "rtb_public_to_0_0_0_0_0" {
  provider               = aws.net_ap_northeast_2
  route_table_id         = aws_route_table.rtb_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.igw.id
}

resource "aws_route" "rtb_public_to_0" {
  provider                    = aws.net_ap_northeast_2
  route_table_id              = aws_route_table.rtb_public.id
  destination_ipv6_cidr_block = "::/0"
  egress_only_gateway_id      = aws_egress_only_internet_gateway.eigw.id
}

resource "aws_route" "rtb_public_to_pl_partners" {
  provider                   = aws.net_ap_northeast_2
  route_table_id             = aws_route_table.rtb_public.id
  destination_prefix_list_id = aws_ec2_managed_prefix_list.pl_partners.id
  gateway_id                 = aws_internet_gateway.igw.id
}

resource "aws_route_table" "rtb_edge" {
  provider = aws.net_ap_northeast_2
  vpc_id   = aws_vpc.hub.id

  tags = {
    Name = "edge"
  }
}

resource "aws_route_table_association" "rtb_edge_edge" {
  provider       = aws.net_ap_northeast_2
  gateway_id     = aws_internet_gateway.igw.id
  route_table_id = aws_route_table.rtb_edge.id
}

resource "aws_default_route_table" "spoke_rtb_main" {
  provider               = aws.app_ap_northeast_2
  default_route_table_id = aws_vpc.spoke.default_route_table_id

  tags = {
    Name = "spoke main"
  }
}

resource "aws_route" "spoke_rtb_main_to_10_0_0_0_16" {
  provider                  = aws.app_ap_northeast_2
  route_table_id            = aws_default_route_table.spoke_rtb_main.id
  destination_cidr_block    = "10.0.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_local.id
}

resource "aws_route" "spoke_rtb_main_to_10_30_0_0_16" {
  provider                  = aws.app_ap_northeast_2
  route_table_id            = aws_default_route_table.spoke_rtb_main.id
  destination_cidr_block    = "10.30.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_dr.id
}

resource "aws_route" "spoke_rtb_main_to_0_0_0_0_0" {
  provider               = aws.app_ap_northeast_2
  route_table_id         = aws_default_route_table.spoke_rtb_main.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment_accepter.att_app]
}

resource "aws_default_route_table" "dr_rtb_main" {
  provider               = aws.app_ap_northeast_1
  default_route_table_id = aws_vpc.dr.default_route_table_id

  tags = {
    Name = "dr main"
  }
}

resource "aws_route" "dr_rtb_main_to_10_20_0_0_16" {
  provider                  = aws.app_ap_northeast_1
  route_table_id            = aws_default_route_table.dr_rtb_main.id
  destination_cidr_block    = "10.20.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.pcx_dr.id
}

resource "aws_route_table" "rtb_inspected" {
  provider = aws.net_ap_northeast_2
  vpc_id   = aws_vpc.hub.id

  tags = {
    Name = "inspected"
  }
}

resource "aws_route" "rtb_inspected_to_198_51_100_0_24" {
  provider               = aws.net_ap_northeast_2
  route_table_id         = aws_route_table.rtb_inspected.id
  destination_cidr_block = "198.51.100.0/24"
  vpc_endpoint_id        = one([for state in aws_networkfirewall_firewall.nfw.firewall_status[0].sync_states : state.attachment[0].endpoint_id if state.availability_zone == "ap-northeast-2a"])
}

resource "aws_route" "rtb_inspected_to_192_0_2_0_24" {
  provider               = aws.net_ap_northeast_2
  route_table_id         = aws_route_table.rtb_inspected.id
  destination_cidr_block = "192.0.2.0/24"
  vpc_endpoint_id        = aws_vpc_endpoint.gwlbe.id
}

resource "aws_vpc_endpoint" "vpce_s3" {
  provider          = aws.net_ap_northeast_2
  vpc_id            = aws_vpc.hub.id
  service_name      = "com.amazonaws.ap-northeast-2.s3"
  vpc_endpoint_type = "Gateway"
  route_table_ids   = [aws_route_table.rtb_public.id]

  tags = {
    Name = "s3"
  }
}

resource "aws_vpc_endpoint" "vpce_api" {
  provider            = aws.net_ap_northeast_2
  vpc_id              = aws_vpc.hub.id
  service_name        = "com.amazonaws.ap-northeast-2.execute-api"
  vpc_endpoint_type   = "Interface"
  subnet_ids          = [aws_subnet.hub_pub_a.id, aws_subnet.hub_pub_c.id]
  security_group_ids  = [aws_security_group.sg_web.id]
  private_dns_enabled = true

  tags = {
    Name = "execute-api"
  }
}

resource "aws_ram_resource_share" "share_net" {
  provider = aws.net_ap_northeast_2
  name     = "network share"

  tags = {
    Name = "network share"
  }
}

resource "aws_ram_resource_association" "share_net_tgw" {
  provider           = aws.net_ap_northeast_2
  resource_arn       = aws_ec2_transit_gateway.tgw.arn
  resource_share_arn = aws_ram_resource_share.share_net.arn
}

resource "aws_ram_resource_association" "share_net_hub_pub_c" {
  provider           = aws.net_ap_northeast_2
  resource_arn       = aws_subnet.hub_pub_c.arn
  resource_share_arn = aws_ram_resource_share.share_net.arn
}

resource "aws_ram_resource_association" "share_net_pl_partners" {
  provider           = aws.net_ap_northeast_2
  resource_arn       = aws_ec2_managed_prefix_list.pl_partners.arn
  resource_share_arn = aws_ram_resource_share.share_net.arn
}

resource "aws_ram_principal_association" "share_net_app" {
  provider           = aws.net_ap_northeast_2
  principal          = var.account_id_app
  resource_share_arn = aws_ram_resource_share.share_net.arn
}

resource "aws_networkfirewall_rule_group" "nfw_stateless_edge" {
  provider = aws.net_ap_northeast_2
  name     = "inspection-edge"
  capacity = 10
  type     = "STATELESS"

  rule_group {
    rules_source {
      stateless_rules_and_custom_actions {
        stateless_rule {
          priority = 10

          rule_definition {
            actions = ["aws:drop"]

            match_attributes {
              protocols = [6]

              source {
                address_definition = "192.0.2.0/24"
              }

              destination_port {
                from_port = 22
                to_port   = 22
              }
            }
          }
        }
      }
    }
  }

  tags = {
    Name = "inspection"
  }
}

resource "aws_networkfirewall_rule_group" "nfw_stateful_egress_domains" {
  provider = aws.net_ap_northeast_2
  name     = "inspection-egress-domains"
  capacity = 100
  type     = "STATEFUL"

  rule_group {
    rule_variables {
      ip_sets {
        key = "HOME_NET"

        ip_set {
          definition = ["10.0.0.0/8"]
        }
      }
    }

    rules_source {
      rules_source_list {
        generated_rules_type = "ALLOWLIST"
        target_types         = ["TLS_SNI", "HTTP_HOST"]
        targets              = [".example.com"]
      }
    }
  }

  tags = {
    Name = "inspection"
  }
}

resource "aws_networkfirewall_rule_group" "nfw_stateful_no_telnet" {
  provider = aws.net_ap_northeast_2
  name     = "inspection-no-telnet"
  capacity = 10
  type     = "STATEFUL"

  rule_group {
    rules_source {
      stateful_rule {
        action = "DROP"

        header {
          protocol         = "TCP"
          source           = "ANY"
          source_port      = "ANY"
          direction        = "FORWARD"
          destination      = "ANY"
          destination_port = "23"
        }

        rule_option {
          keyword  = "sid"
          settings = ["1"]
        }
      }
    }
  }

  tags = {
    Name = "inspection"
  }
}

resource "aws_networkfirewall_firewall_policy" "nfw_policy" {
  provider = aws.net_ap_northeast_2
  name     = "inspection-policy"

  firewall_policy {
    stateless_default_actions          = ["aws:forward_to_sfe"]
    stateless_fragment_default_actions = ["aws:forward_to_sfe"]

    stateless_rule_group_reference {
      priority     = 1
      resource_arn = aws_networkfirewall_rule_group.nfw_stateless_edge.arn
    }

    stateful_rule_group_reference {
      resource_arn = aws_networkfirewall_rule_group.nfw_stateful_egress_domains.arn
    }

    stateful_rule_group_reference {
      resource_arn = aws_networkfirewall_rule_group.nfw_stateful_no_telnet.arn
    }
  }

  tags = {
    Name = "inspection"
  }
}

resource "aws_networkfirewall_firewall" "nfw" {
  provider            = aws.net_ap_northeast_2
  name                = "inspection"
  firewall_policy_arn = aws_networkfirewall_firewall_policy.nfw_policy.arn
  vpc_id              = aws_vpc.hub.id

  subnet_mapping {
    subnet_id = aws_subnet.hub_fw_a.id
  }

  tags = {
    Name = "inspection"
  }
}

resource "aws_vpn_gateway" "vgw" {
  provider        = aws.net_ap_northeast_2
  vpc_id          = aws_vpc.hub.id
  amazon_side_asn = "64600"
}

resource "aws_vpn_gateway_route_propagation" "vgw_rtb_public" {
  provider       = aws.net_ap_northeast_2
  vpn_gateway_id = aws_vpn_gateway.vgw.id
  route_table_id = aws_route_table.rtb_public.id
}

resource "aws_vpn_connection" "vpn_office" {
  provider            = aws.net_ap_northeast_2
  customer_gateway_id = aws_customer_gateway.cgw_office.id
  vpn_gateway_id      = aws_vpn_gateway.vgw.id
  type                = "ipsec.1"
  static_routes_only  = true
  tunnel1_inside_cidr = "169.254.10.0/30"
  tunnel2_inside_cidr = "169.254.10.4/30"
}

resource "aws_vpn_connection_route" "vpn_office_172_16_0_0_16" {
  provider               = aws.net_ap_northeast_2
  destination_cidr_block = "172.16.0.0/16"
  vpn_connection_id      = aws_vpn_connection.vpn_office.id
}

resource "aws_vpn_connection" "vpn_branch" {
  provider            = aws.net_ap_northeast_2
  customer_gateway_id = aws_customer_gateway.cgw_branch.id
  transit_gateway_id  = aws_ec2_transit_gateway.tgw.id
  type                = "ipsec.1"
  static_routes_only  = false
}

resource "aws_ec2_transit_gateway_route_table_association" "vpn_branch_tgw_rt_shared" {
  provider                       = aws.net_ap_northeast_2
  transit_gateway_attachment_id  = aws_vpn_connection.vpn_branch.transit_gateway_attachment_id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_tgw_rt_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "vpn_branch_tgw_rt_spoke" {
  provider                       = aws.net_ap_northeast_2
  transit_gateway_attachment_id  = aws_vpn_connection.vpn_branch.transit_gateway_attachment_id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_tgw_rt_spoke.id
}

resource "aws_dx_gateway" "dxgw" {
  provider        = aws.net_ap_northeast_2
  name            = "data centre dx"
  amazon_side_asn = "65200"
}

resource "aws_dx_gateway_association" "dxgw_dxgw_tgw" {
  provider              = aws.net_ap_northeast_2
  dx_gateway_id         = aws_dx_gateway.dxgw.id
  associated_gateway_id = aws_ec2_transit_gateway.tgw.id
  allowed_prefixes      = ["10.0.0.0/16", "10.20.0.0/16"]
}

resource "aws_ec2_transit_gateway_peering_attachment" "tgw_peer" {
  provider                = aws.net_ap_northeast_2
  transit_gateway_id      = aws_ec2_transit_gateway.tgw.id
  peer_transit_gateway_id = aws_ec2_transit_gateway.tgw_dr.id
  peer_region             = "ap-northeast-1"
  peer_account_id         = var.account_id_app
}

resource "aws_ec2_transit_gateway_peering_attachment_accepter" "tgw_peer" {
  provider                      = aws.app_ap_northeast_1
  transit_gateway_attachment_id = aws_ec2_transit_gateway_peering_attachment.tgw_peer.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_peer_requester_tgw_rt_spoke" {
  provider                       = aws.net_ap_northeast_2
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_peer.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_tgw_rt_spoke.id
}

resource "aws_ec2_transit_gateway_route_table_association" "tgw_peer_accepter_tgw_rt_dr" {
  provider                       = aws.app_ap_northeast_1
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_peering_attachment_accepter.tgw_peer.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.tgw_dr_tgw_rt_dr.id
}
