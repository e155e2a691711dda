# VPCs, subnets, route tables, gateways, peering, transit gateways, endpoints and RAM shares.

resource "aws_vpc" "hub" {
  provider                         = aws.network_ap_northeast_2
  cidr_block                       = "10.0.0.0/16"
  enable_dns_support               = true
  enable_dns_hostnames             = true
  assign_generated_ipv6_cidr_block = true

  tags = {
    Name = "hub"
  }
}

resource "aws_vpc_ipv4_cidr_block_association" "hub_100_64_0_0_16" {
  provider   = aws.network_ap_northeast_2
  vpc_id     = aws_vpc.hub.id
  cidr_block = "100.64.0.0/16"
}

resource "aws_vpc" "spoke" {
  provider             = aws.workload_ap_northeast_2
  cidr_block           = "10.20.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name = "spoke"
  }
}

resource "aws_vpc" "dr" {
  provider             = aws.workload_ap_northeast_1
  cidr_block           = "10.30.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name = "dr"
  }
}

resource "aws_subnet" "hub_public_a" {
  provider                        = aws.network_ap_northeast_2
  vpc_id                          = aws_vpc.hub.id
  cidr_block                      = "10.0.0.0/24"
  availability_zone               = "ap-northeast-2a"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.hub.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true

  tags = {
    Name = "hub public a"
  }
}

resource "aws_route_table_association" "hub_public_a" {
  provider       = aws.network_ap_northeast_2
  subnet_id      = aws_subnet.hub_public_a.id
  route_table_id = aws_route_table.public.id
}

resource "aws_subnet" "hub_public_c" {
  provider             = aws.network_ap_northeast_2
  vpc_id               = aws_vpc.hub.id
  cidr_block           = "10.0.1.0/24"
  availability_zone_id = "apne2-az3"

  tags = {
    Name = "hub public c"
  }
}

resource "aws_route_table_association" "hub_public_c" {
  provider       = aws.network_ap_northeast_2
  subnet_id      = aws_subnet.hub_public_c.id
  route_table_id = aws_route_table.public.id
}

resource "aws_subnet" "hub_tgw_a" {
  provider          = aws.network_ap_northeast_2
  vpc_id            = aws_vpc_ipv4_cidr_block_association.hub_100_64_0_0_16.vpc_id
  cidr_block        = "100.64.0.0/28"
  availability_zone = "ap-northeast-2a"

  tags = {
    Name = "hub tgw a"
  }
}

resource "aws_subnet" "hub_firewall_a" {
  provider          = aws.network_ap_northeast_2
  vpc_id            = aws_vpc.hub.id
  cidr_block        = "10.0.200.0/28"
  availability_zone = "ap-northeast-2a"

  tags = {
    Name = "hub firewall a"
  }
}

resource "aws_subnet" "spoke_a" {
  provider          = aws.workload_ap_northeast_2
  vpc_id            = aws_vpc.spoke.id
  cidr_block        = "10.20.1.0/24"
  availability_zone = "ap-northeast-2a"

  tags = {
    Name = "spoke a"
  }
}

resource "aws_subnet" "spoke_c" {
  provider          = aws.workload_ap_northeast_2
  vpc_id            = aws_vpc.spoke.id
  cidr_block        = "10.20.2.0/24"
  availability_zone = "ap-northeast-2c"

  tags = {
    Name = "spoke c"
  }
}

resource "aws_subnet" "dr_a" {
  provider          = aws.workload_ap_northeast_1
  vpc_id            = aws_vpc.dr.id
  cidr_block        = "10.30.1.0/24"
  availability_zone = "ap-northeast-1a"

  tags = {
    Name = "dr a"
  }
}

resource "aws_ec2_managed_prefix_list" "partners" {
  provider       = aws.network_ap_northeast_2
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
  provider = aws.network_ap_northeast_2
  vpc_id   = aws_vpc.hub.id

  tags = {
    Name = "igw"
  }
}

resource "aws_egress_only_internet_gateway" "eigw" {
  provider = aws.network_ap_northeast_2
  vpc_id   = aws_vpc.hub.id

  tags = {
    Name = "eigw"
  }
}

resource "aws_eip" "nat_eip" {
  provider = aws.network_ap_northeast_2
  domain   = "vpc"

  tags = {
    Name = "nat eip"
  }
}

resource "aws_eip" "nlb_eip" {
  provider = aws.network_ap_northeast_2
  domain   = "vpc"

  tags = {
    Name = "nlb eip"
  }
}

resource "aws_eip" "bastion_eip" {
  provider = aws.network_ap_northeast_2
  domain   = "vpc"

  tags = {
    Name = "bastion eip"
  }
}

resource "aws_nat_gateway" "nat_a" {
  provider          = aws.network_ap_northeast_2
  connectivity_type = "public"
  subnet_id         = aws_subnet.hub_public_a.id
  allocation_id     = aws_eip.nat_eip.id

  tags = {
    Name = "nat a"
  }
}

resource "aws_nat_gateway" "private_nat" {
  provider          = aws.network_ap_northeast_2
  connectivity_type = "private"
  subnet_id         = aws_subnet.hub_tgw_a.id

  tags = {
    Name = "private nat"
  }
}

resource "aws_vpc_peering_connection" "hub_to_spoke" {
  provider      = aws.network_ap_northeast_2
  vpc_id        = aws_vpc.hub.id
  peer_vpc_id   = aws_vpc.spoke.id
  peer_owner_id = var.account_id_workload

  tags = {
    Name = "hub to spoke"
  }
}

resource "aws_vpc_peering_connection_accepter" "hub_to_spoke" {
  provider                  = aws.workload_ap_northeast_2
  vpc_peering_connection_id = aws_vpc_peering_connection.hub_to_spoke.id
  auto_accept               = true

  accepter {
    allow_remote_vpc_dns_resolution = true
  }

  tags = {
    Name = "hub to spoke"
  }
}

resource "aws_vpc_peering_connection" "spoke_to_dr" {
  provider    = aws.workload_ap_northeast_2
  vpc_id      = aws_vpc.spoke.id
  peer_vpc_id = aws_vpc.dr.id
  peer_region = "ap-northeast-1"

  tags = {
    Name = "spoke to dr"
  }
}

resource "aws_vpc_peering_connection_accepter" "spoke_to_dr" {
  provider                  = aws.workload_ap_northeast_1
  vpc_peering_connection_id = aws_vpc_peering_connection.spoke_to_dr.id
  auto_accept               = true

  tags = {
    Name = "spoke to dr"
  }
}

resource "aws_ec2_transit_gateway" "core_tgw" {
  provider                           = aws.network_ap_northeast_2
  amazon_side_asn                    = 64512
  default_route_table_association    = "disable"
  default_route_table_propagation    = "disable"
  security_group_referencing_support = "enable"

  tags = {
    Name = "core tgw"
  }
}

resource "aws_ec2_transit_gateway_route_table" "core_tgw_shared" {
  provider           = aws.network_ap_northeast_2
  transit_gateway_id = aws_ec2_transit_gateway.core_tgw.id

  tags = {
    Name = "core tgw"
  }
}

resource "aws_ec2_transit_gateway_route" "core_tgw_shared_1" {
  provider                       = aws.network_ap_northeast_2
  destination_cidr_block         = "0.0.0.0/0"
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.core_tgw_shared.id
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.hub_attachment.id
}

resource "aws_ec2_transit_gateway_route" "core_tgw_shared_2" {
  provider                       = aws.network_ap_northeast_2
  destination_cidr_block         = "192.168.0.0/16"
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.core_tgw_shared.id
  blackhole                      = true
}

resource "aws_ec2_transit_gateway_route_table" "core_tgw_spoke" {
  provider           = aws.network_ap_northeast_2
  transit_gateway_id = aws_ec2_transit_gateway.core_tgw.id

  tags = {
    Name = "core tgw"
  }
}

resource "aws_ec2_transit_gateway_route" "core_tgw_spoke_1" {
  provider                       = aws.network_ap_northeast_2
  destination_cidr_block         = "10.20.0.0/16"
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.core_tgw_spoke.id
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.spoke_attachment.id
}

resource "aws_ec2_transit_gateway_vpc_attachment" "hub_attachment" {
  provider                                        = aws.network_ap_northeast_2
  subnet_ids                                      = [aws_subnet.hub_tgw_a.id]
  transit_gateway_id                              = aws_ec2_transit_gateway.core_tgw.id
  vpc_id                                          = aws_vpc.hub.id
  appliance_mode_support                          = "enable"
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name = "hub attachment"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "hub_attachment_spoke" {
  provider                       = aws.network_ap_northeast_2
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.hub_attachment.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.core_tgw_spoke.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "hub_attachment_shared" {
  provider                       = aws.network_ap_northeast_2
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.hub_attachment.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.core_tgw_shared.id
}

resource "aws_ec2_transit_gateway_vpc_attachment" "spoke_attachment" {
  provider           = aws.workload_ap_northeast_2
  subnet_ids         = [aws_subnet.spoke_a.id, aws_subnet.spoke_c.id]
  transit_gateway_id = aws_ec2_transit_gateway.core_tgw.id
  vpc_id             = aws_vpc.spoke.id

  tags = {
    Name = "spoke attachment"
  }
  depends_on = [aws_ram_principal_association.network_share_workload]
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" "spoke_attachment" {
  provider                                        = aws.network_ap_northeast_2
  transit_gateway_attachment_id                   = aws_ec2_transit_gateway_vpc_attachment.spoke_attachment.id
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false

  tags = {
    Name = "spoke attachment"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" "spoke_attachment_shared" {
  provider                       = aws.network_ap_northeast_2
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.spoke_attachment.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.core_tgw_shared.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "spoke_attachment_spoke" {
  provider                       = aws.network_ap_northeast_2
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment_accepter.spoke_attachment.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.core_tgw_spoke.id
}

resource "aws_customer_gateway" "office" {
  provider    = aws.network_ap_northeast_2
  bgp_asn     = "65010"
  ip_address  = "198.51.100.20"
  type        = "ipsec.1"
  device_name = "office-router"
}

resource "aws_customer_gateway" "branch" {
  provider         = aws.network_ap_northeast_2
  bgp_asn_extended = "4200000010"
  ip_address       = "198.51.100.21"
  type             = "ipsec.1"
}

resource "aws_default_route_table" "hub_main" {
  provider               = aws.network_ap_northeast_2
  default_route_table_id = aws_vpc.hub.default_route_table_id

  tags = {
    Name = "hub main"
  }
}

resource "aws_route" "hub_main_route_3" {
  provider                  = aws.network_ap_northeast_2
  route_table_id            = aws_default_route_table.hub_main.id
  destination_cidr_block    = "10.20.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.hub_to_spoke.id
}

resource "aws_route" "hub_main_route_4" {
  provider               = aws.network_ap_northeast_2
  route_table_id         = aws_default_route_table.hub_main.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.nat_a.id
}

resource "aws_route_table" "public" {
  provider = aws.network_ap_northeast_2
  vpc_id   = aws_vpc.hub.id

  tags = {
    Name = "public"
  }
}

resource "aws_route" "public_route_2" {
  provider               = aws.network_ap_northeast_2
  route_table_id         = aws_route_table.public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.igw.id
}

resource "aws_route" "public_route_3" {
  provider                    = aws.network_ap_northeast_2
  route_table_id              = aws_route_table.public.id
  destination_ipv6_cidr_block = "::/0"
  egress_only_gateway_id      = aws_egress_only_internet_gateway.eigw.id
}

resource "aws_route" "public_route_4" {
  provider                   = aws.network_ap_northeast_2
  route_table_id             = aws_route_table.public.id
  destination_prefix_list_id = aws_ec2_managed_prefix_list.partners.id
  gateway_id                 = aws_internet_gateway.igw.id
}

resource "aws_route_table" "edge" {
  provider = aws.network_ap_northeast_2
  vpc_id   = aws_vpc.hub.id

  tags = {
    Name = "edge"
  }
}

resource "aws_route_table_association" "edge_edge" {
  provider       = aws.network_ap_northeast_2
  gateway_id     = aws_internet_gateway.igw.id
  route_table_id = aws_route_table.edge.id
}

resource "aws_default_route_table" "spoke_main" {
  provider               = aws.workload_ap_northeast_2
  default_route_table_id = aws_vpc.spoke.default_route_table_id

  tags = {
    Name = "spoke main"
  }
}

resource "aws_route" "spoke_main_route_2" {
  provider                  = aws.workload_ap_northeast_2
  route_table_id            = aws_default_route_table.spoke_main.id
  destination_cidr_block    = "10.0.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.hub_to_spoke.id
}

resource "aws_route" "spoke_main_route_3" {
  provider                  = aws.workload_ap_northeast_2
  route_table_id            = aws_default_route_table.spoke_main.id
  destination_cidr_block    = "10.30.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.spoke_to_dr.id
}

resource "aws_route" "spoke_main_route_4" {
  provider               = aws.workload_ap_northeast_2
  route_table_id         = aws_default_route_table.spoke_main.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = aws_ec2_transit_gateway.core_tgw.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.spoke_attachment]
}

resource "aws_default_route_table" "dr_main" {
  provider               = aws.workload_ap_northeast_1
  default_route_table_id = aws_vpc.dr.default_route_table_id

  tags = {
    Name = "dr main"
  }
}

resource "aws_route" "dr_main_route_2" {
  provider                  = aws.workload_ap_northeast_1
  route_table_id            = aws_default_route_table.dr_main.id
  destination_cidr_block    = "10.20.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.spoke_to_dr.id
}

resource "aws_route_table" "inspected" {
  provider = aws.network_ap_northeast_2
  vpc_id   = aws_vpc.hub.id

  tags = {
    Name = "inspected"
  }
}

resource "aws_route" "inspected_route_2" {
  provider               = aws.network_ap_northeast_2
  route_table_id         = aws_route_table.inspected.id
  destination_cidr_block = "198.51.100.0/24"
  vpc_endpoint_id        = one([for state in aws_networkfirewall_firewall.inspection.firewall_status[0].sync_states : state.attachment[0].endpoint_id if state.availability_zone == "ap-northeast-2a"])
}

resource "aws_vpc_endpoint" "s3" {
  provider          = aws.network_ap_northeast_2
  vpc_id            = aws_vpc.hub.id
  service_name      = "com.amazonaws.ap-northeast-2.s3"
  vpc_endpoint_type = "Gateway"
  route_table_ids   = [aws_route_table.public.id]

  tags = {
    Name = "s3"
  }
}

resource "aws_vpc_endpoint" "execute_api" {
  provider            = aws.network_ap_northeast_2
  vpc_id              = aws_vpc.hub.id
  service_name        = "com.amazonaws.ap-northeast-2.execute-api"
  vpc_endpoint_type   = "Interface"
  subnet_ids          = [aws_subnet.hub_public_a.id, aws_subnet.hub_public_c.id]
  security_group_ids  = [aws_security_group.web.id]
  private_dns_enabled = true

  tags = {
    Name = "execute-api"
  }
}

resource "aws_ram_resource_share" "network_share" {
  provider = aws.network_ap_northeast_2
  name     = "network share"

  tags = {
    Name = "network share"
  }
}

resource "aws_ram_resource_association" "network_share_core_tgw" {
  provider           = aws.network_ap_northeast_2
  resource_arn       = aws_ec2_transit_gateway.core_tgw.arn
  resource_share_arn = aws_ram_resource_share.network_share.arn
}

resource "aws_ram_resource_association" "network_share_hub_public_c" {
  provider           = aws.network_ap_northeast_2
  resource_arn       = aws_subnet.hub_public_c.arn
  resource_share_arn = aws_ram_resource_share.network_share.arn
}

resource "aws_ram_resource_association" "network_share_partners" {
  provider           = aws.network_ap_northeast_2
  resource_arn       = aws_ec2_managed_prefix_list.partners.arn
  resource_share_arn = aws_ram_resource_share.network_share.arn
}

resource "aws_ram_principal_association" "network_share_workload" {
  provider           = aws.network_ap_northeast_2
  principal          = var.account_id_workload
  resource_share_arn = aws_ram_resource_share.network_share.arn
}

resource "aws_networkfirewall_rule_group" "inspection_stateless_edge" {
  provider = aws.network_ap_northeast_2
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

resource "aws_networkfirewall_rule_group" "inspection_stateful_egress_domains" {
  provider = aws.network_ap_northeast_2
  name     = "inspection-egress-domains"
  capacity = 100
  type     = "STATEFUL"

  rule_group {
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

resource "aws_networkfirewall_rule_group" "inspection_stateful_no_telnet" {
  provider = aws.network_ap_northeast_2
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

resource "aws_networkfirewall_firewall_policy" "inspection_policy" {
  provider = aws.network_ap_northeast_2
  name     = "inspection-policy"

  firewall_policy {
    stateless_default_actions          = ["aws:forward_to_sfe"]
    stateless_fragment_default_actions = ["aws:forward_to_sfe"]

    stateless_rule_group_reference {
      priority     = 1
      resource_arn = aws_networkfirewall_rule_group.inspection_stateless_edge.arn
    }

    stateful_rule_group_reference {
      resource_arn = aws_networkfirewall_rule_group.inspection_stateful_egress_domains.arn
    }

    stateful_rule_group_reference {
      resource_arn = aws_networkfirewall_rule_group.inspection_stateful_no_telnet.arn
    }
  }

  tags = {
    Name = "inspection"
  }
}

resource "aws_networkfirewall_firewall" "inspection" {
  provider            = aws.network_ap_northeast_2
  name                = "inspection"
  firewall_policy_arn = aws_networkfirewall_firewall_policy.inspection_policy.arn
  vpc_id              = aws_vpc.hub.id

  subnet_mapping {
    subnet_id = aws_subnet.hub_firewall_a.id
  }

  tags = {
    Name = "inspection"
  }
}
