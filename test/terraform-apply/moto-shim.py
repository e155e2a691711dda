"""
The moto server with the calls the apply test needs and moto 5 lacks, added before it starts.
Each addition names the AWS behaviour it stands in for; nothing here changes what moto already does.

  RAM: AssociateResourceShare, DisassociateResourceShare, ListResourceSharePermissions
       (moto only takes resources and principals in CreateResourceShare).
  EC2: subnets shared through RAM are visible to the principal accounts (a participant's
       instances and security groups use them), and a security group needs a VPC it can see:
       moto creates one for any VPC id, without its default egress rule.
  EC2: a rule that references a security group keeps its description (moto keeps only a CIDR rule's).
  ECS: a service reports its availabilityZoneRebalancing (moto leaves it out, so every plan sets it).
  EC2: a launch template's own tags are not part of its launch data (moto copies them in, so
       every plan removes a tag specification).
  EKS: a node group made without remote access has none (moto invents an "eksKeypair"); a
       cluster has its cluster security group; a node group has its Auto Scaling group (moto
       names one and never makes it, so a target group attachment to it waits forever).
  RAM: a resource share keeps the tags it was created with (moto drops them, so every plan adds them).
  Elastic Beanstalk: an application keeps its description and tags, and ListTagsForResource
       answers for it (moto keeps tags on environments only, so reading a new application fails).
  Elastic Beanstalk: an environment has an id, its solution stack and the option settings it was
       created with, and DescribeEvents, DescribeConfigurationSettings and
       DescribeEnvironmentResources answer (moto answers 500, which the provider retries until
       it times out).
  EC2: a transit gateway shared through RAM is usable from the principal accounts: an attachment
       made there waits in pendingAcceptance in both accounts until the owner calls
       AcceptTransitGatewayVpcAttachment (which moto lacks), and the gateway is described and
       routed to from there. A gateway with default route table association disabled associates
       no attachment by itself (moto associates every one, so the provider waits forever for
       the disassociation).
  ELBv2: a load balancer made with subnet mappings reports each mapping's Elastic IP and private
       address (moto reports subnets only, so every plan replaces an NLB's mappings).
  EC2: a transit gateway route lists its attachment (moto keeps it where the response drops it, so
       every route reads as a blackhole), an attachment keeps the tags it is created with, and a
       NAT gateway takes the private address it is asked for.
  Seeds: Elastic IPs that exist before the apply (LZS_MOTO_ADDRESSES, JSON list of
       {account, region, address}), as a partner's allow-listed addresses do.
"""
import json
import sys

from moto.ram import urls as ram_urls
from moto.ram.models import ResourceAccessManagerBackend
from moto.ram.responses import ResourceAccessManagerResponse


def _share(backend, arn):
    for share in backend.resource_shares:
        if share.arn == arn:
            return share
    from moto.ram.exceptions import UnknownResourceException

    raise UnknownResourceException(f"ResourceShare {arn} could not be found.")


def _associations(share, principals, resources, status):
    out = []
    for kind, entities in (("PRINCIPAL", principals), ("RESOURCE", resources)):
        for entity in entities:
            out.append(
                {
                    "resourceShareArn": share.arn,
                    "resourceShareName": share.name,
                    "associatedEntity": entity,
                    "associationType": kind,
                    "status": status,
                    "external": False,
                }
            )
    return out


def associate_resource_share(self):
    params = self.request_params
    share = _share(self.ram_backend, params["resourceShareArn"])
    principals = [p for p in params.get("principals", []) if p not in share.principals]
    resources = [r for r in params.get("resourceArns", []) if r not in share.resource_arns]
    share.add_principals(principals)
    share.add_resources(resources)
    return json.dumps({"resourceShareAssociations": _associations(share, principals, resources, "ASSOCIATED")})


def disassociate_resource_share(self):
    params = self.request_params
    share = _share(self.ram_backend, params["resourceShareArn"])
    principals = [p for p in params.get("principals", []) if p in share.principals]
    resources = [r for r in params.get("resourceArns", []) if r in share.resource_arns]
    share.principals = [p for p in share.principals if p not in principals]
    share.resource_arns = [r for r in share.resource_arns if r not in resources]
    return json.dumps({"resourceShareAssociations": _associations(share, principals, resources, "DISASSOCIATED")})


def list_resource_share_permissions(self):
    _share(self.ram_backend, self.request_params["resourceShareArn"])
    return json.dumps({"permissions": []})


ResourceAccessManagerResponse.associate_resource_share = associate_resource_share
ResourceAccessManagerResponse.disassociate_resource_share = disassociate_resource_share
ResourceAccessManagerResponse.list_resource_share_permissions = list_resource_share_permissions
for path in ("associateresourceshare", "disassociateresourceshare", "listresourcesharepermissions"):
    ram_urls.url_paths["{0}/" + path + "$"] = ResourceAccessManagerResponse.dispatch


# ---- EC2: RAM-shared subnets and their VPCs seen from the principal accounts ------------------

import os

from moto.ec2.exceptions import InvalidSubnetIdError, InvalidVPCIdError
from moto.ec2.models import EC2Backend, ec2_backends
from moto.ram.models import ram_backends

_get_subnet = EC2Backend.get_subnet
_get_vpc = EC2Backend.get_vpc
_create_security_group = EC2Backend.create_security_group


def _shared_with(account, region):
    """(owner backend, subnet) for every subnet another account shares with `account` in `region`."""
    for owner in list(ram_backends.keys()):
        if owner == account:
            continue
        ram = dict.get(ram_backends[owner], region)
        if ram is None:
            continue
        for share in ram.resource_shares:
            if share.status != "ACTIVE" or account not in share.principals:
                continue
            for arn in share.resource_arns:
                if ":subnet/" not in arn:
                    continue
                backend = ec2_backends[owner][region]
                try:
                    yield backend, _get_subnet(backend, arn.rsplit("/", 1)[1])
                except InvalidSubnetIdError:
                    continue


def get_subnet(self, subnet_id):
    try:
        return _get_subnet(self, subnet_id)
    except InvalidSubnetIdError:
        for _, subnet in _shared_with(self.account_id, self.region_name):
            if subnet.id == subnet_id:
                return subnet
        raise


def get_vpc(self, vpc_id):
    try:
        return _get_vpc(self, vpc_id)
    except InvalidVPCIdError:
        for owner, subnet in _shared_with(self.account_id, self.region_name):
            if subnet.vpc_id == vpc_id:
                return owner.vpcs[vpc_id]
        raise


def create_security_group(self, name, description, vpc_id=None, *args, **kwargs):
    if not vpc_id:
        return _create_security_group(self, name, description, vpc_id, *args, **kwargs)
    vpc = self.get_vpc(vpc_id)
    if vpc_id in self.vpcs:
        return _create_security_group(self, name, description, vpc_id, *args, **kwargs)
    # A participant's group in a shared VPC: moto looks the VPC up in the group's own account.
    self.vpcs[vpc_id] = vpc
    try:
        return _create_security_group(self, name, description, vpc_id, *args, **kwargs)
    finally:
        del self.vpcs[vpc_id]


_describe_subnets = EC2Backend.describe_subnets


def describe_subnets(self, subnet_ids=None, filters=None):
    if not subnet_ids:
        return _describe_subnets(self, subnet_ids, filters)
    own = {subnet.id for subnet in _describe_subnets(self)}
    shared = [self.get_subnet(subnet_id) for subnet_id in subnet_ids if subnet_id not in own]
    mine = _describe_subnets(self, [subnet_id for subnet_id in subnet_ids if subnet_id in own], filters) if len(shared) < len(subnet_ids) else []
    return mine + shared


EC2Backend.get_subnet = get_subnet
EC2Backend.describe_subnets = describe_subnets
EC2Backend.get_vpc = get_vpc
EC2Backend.create_security_group = create_security_group

# ---- EC2: descriptions of rules that reference a group --------------------------------------

from moto.ec2.models.security_groups import SecurityGroupRule

SecurityGroupRule.description = property(
    lambda self: self.ip_range.get("Description") or (self.source_group or {}).get("Description")
)

# ---- ECS: availabilityZoneRebalancing -------------------------------------------------------

from moto.ecs.models import Service as EcsService

_ecs_service_init = EcsService.__init__


def ecs_service_init(self, *args, **kwargs):
    _ecs_service_init(self, *args, **kwargs)
    self.availability_zone_rebalancing = "DISABLED"


EcsService.__init__ = ecs_service_init

# ---- EC2: launch template tags stay out of the launch data ------------------------------------

_create_launch_template = EC2Backend.create_launch_template


def create_launch_template(self, name, description, template_data, tag_spec, *args, **kwargs):
    specs = template_data.get("TagSpecifications")
    if specs:
        template_data["TagSpecifications"] = [spec for spec in specs if spec.get("ResourceType") != "launch-template"]
    return _create_launch_template(self, name, description, template_data, tag_spec, *args, **kwargs)


EC2Backend.create_launch_template = create_launch_template

# ---- EKS: remote access, cluster security group, node group Auto Scaling group -----------------

import moto.eks.models as eks_models
from moto.autoscaling.models import autoscaling_backends

eks_models.DEFAULT_REMOTE_ACCESS = None
_create_cluster = eks_models.EKSBackend.create_cluster
_create_nodegroup = eks_models.EKSBackend.create_nodegroup


def create_cluster(self, name, role_arn, resources_vpc_config, *args, **kwargs):
    cluster = _create_cluster(self, name, role_arn, resources_vpc_config, *args, **kwargs)
    ec2 = ec2_backends[self.account_id][self.region_name]
    subnets = cluster.resources_vpc_config.get("subnetIds") or []
    if subnets:
        vpc_id = ec2.get_subnet(subnets[0]).vpc_id
        group = ec2.create_security_group(f"eks-cluster-sg-{name}", "EKS created security group", vpc_id)
        cluster.resources_vpc_config["clusterSecurityGroupId"] = group.id
        cluster.resources_vpc_config["vpcId"] = vpc_id
    return cluster


def create_nodegroup(self, *args, **kwargs):
    nodegroup = _create_nodegroup(self, *args, **kwargs)
    ec2 = ec2_backends[self.account_id][self.region_name]
    template = nodegroup.launch_template or {}
    if template.get("id"):
        template_id = template["id"]
    elif template.get("name"):
        template_id = ec2.get_launch_template_by_name(template["name"]).id
    else:
        template_id = ec2.create_launch_template(f"eks-{nodegroup.uuid}", "", {"ImageId": "ami-12c6146b"}, {}).id
    scaling = nodegroup.scaling_config or {}
    autoscaling_backends[self.account_id][self.region_name].create_auto_scaling_group(
        name=nodegroup.resources["autoScalingGroups"][0]["name"],
        availability_zones=[],
        desired_capacity=scaling.get("desiredSize", 1),
        max_size=scaling.get("maxSize", 1),
        min_size=scaling.get("minSize", 0),
        launch_config_name=None,
        launch_template={"LaunchTemplateId": template_id, "Version": "$Latest"},
        vpc_zone_identifier=",".join(nodegroup.subnets),
        default_cooldown=None,
        health_check_period=None,
        health_check_type=None,
        load_balancers=[],
        target_group_arns=[],
        placement_group=None,
        termination_policies=[],
        tags=[],
    )
    return nodegroup


eks_models.EKSBackend.create_cluster = create_cluster
eks_models.EKSBackend.create_nodegroup = create_nodegroup

# ---- RAM: resource share tags ------------------------------------------------------------------

from moto.ram.models import ResourceShare

_share_init = ResourceShare.__init__
_share_describe = ResourceShare.describe


def share_init(self, account_id, region, **kwargs):
    _share_init(self, account_id, region, **kwargs)
    self.tags = {tag["key"]: tag.get("value", "") for tag in kwargs.get("tags") or []}


def share_describe(self):
    out = _share_describe(self)
    out["tags"] = [{"key": key, "value": value} for key, value in self.tags.items()]
    return out


def _share_by_arn(arn):
    for account in list(ram_backends.keys()):
        for backend in dict.values(ram_backends[account]):
            for share in backend.resource_shares:
                if share.arn == arn:
                    return share
    from moto.ram.exceptions import UnknownResourceException

    raise UnknownResourceException(f"ResourceShare {arn} could not be found.")


def tag_resource(self):
    params = self.request_params
    share = _share_by_arn(params["resourceShareArn"])
    share.tags.update({tag["key"]: tag.get("value", "") for tag in params.get("tags", [])})
    return "{}"


def untag_resource(self):
    params = self.request_params
    share = _share_by_arn(params["resourceShareArn"])
    for key in params.get("tagKeys", []):
        share.tags.pop(key, None)
    return "{}"


ResourceShare.__init__ = share_init
ResourceShare.describe = share_describe
ResourceAccessManagerResponse.tag_resource = tag_resource
ResourceAccessManagerResponse.untag_resource = untag_resource
for path in ("tagresource", "untagresource"):
    ram_urls.url_paths["{0}/" + path + "$"] = ResourceAccessManagerResponse.dispatch

# ---- Elastic Beanstalk: application tags -----------------------------------------------------

from moto.elasticbeanstalk.models import EBBackend
from moto.elasticbeanstalk.responses import EBResponse

_eb_find = EBBackend._find_environment_by_arn
_eb_create_application = EBResponse.create_application


def eb_find(self, arn):
    for application in self.applications.values():
        if application.arn == arn:
            if not hasattr(application, "tags"):
                application.tags = {}
            return application
    return _eb_find(self, arn)


def eb_create_application(self):
    result = _eb_create_application(self)
    application = self.elasticbeanstalk_backend.applications[self._get_param("ApplicationName")]
    application.tags = {tag["Key"]: tag["Value"] for tag in self._get_param("Tags", [])}
    application.description = self._get_param("Description")
    return result


EBBackend._find_environment_by_arn = eb_find
EBResponse.create_application = eb_create_application

# ---- Elastic Beanstalk: environment ids, settings, events and resources ----------------------

import random
import string

from moto.core.responses import ActionResult
from moto.elasticbeanstalk.models import Environment

_eb_environment_init = Environment.__init__
_eb_create_environment = EBResponse.create_environment


def eb_environment_init(self, application, environment_name, solution_stack_name, tags):
    _eb_environment_init(self, application, environment_name, solution_stack_name, tags)
    self.environment_id = "e-" + "".join(random.choices(string.ascii_lowercase + string.digits, k=10))
    self.solution_stack_name = solution_stack_name
    self.version_label = None
    self.option_settings = []


def eb_create_environment(self):
    result = _eb_create_environment(self)
    application = self.elasticbeanstalk_backend.applications[self._get_param("ApplicationName")]
    environment = application.environments[self._get_param("EnvironmentName")]
    environment.option_settings = [
        {key: setting[key] for key in ("ResourceName", "Namespace", "OptionName", "Value") if key in setting}
        for setting in self._get_param("OptionSettings", [])
    ]
    return result


def _eb_environments(response):
    ids = response._get_param("EnvironmentIds", [])
    names = response._get_param("EnvironmentNames", [])
    application = response._get_param("ApplicationName")
    return [
        environment
        for environment in response.elasticbeanstalk_backend.describe_environments()
        if (not ids or environment.environment_id in ids)
        and (not names or environment.environment_name in names)
        and (not application or environment.application_name == application)
    ]


def eb_describe_environments(self):
    return ActionResult({"Environments": _eb_environments(self)})


def eb_describe_events(self):
    return ActionResult({"Events": []})


def eb_describe_configuration_settings(self):
    return ActionResult(
        {
            "ConfigurationSettings": [
                {
                    "SolutionStackName": environment.solution_stack_name,
                    "ApplicationName": environment.application_name,
                    "EnvironmentName": environment.environment_name,
                    "DeploymentStatus": "deployed",
                    "OptionSettings": environment.option_settings,
                }
                for environment in _eb_environments(self)
            ]
        }
    )


def eb_describe_environment_resources(self):
    found = _eb_environments(self)
    if not found:
        from moto.elasticbeanstalk.exceptions import InvalidParameterValueError

        raise InvalidParameterValueError("No Environment found.")
    empty = ("AutoScalingGroups", "Instances", "LaunchConfigurations", "LaunchTemplates", "LoadBalancers", "Triggers", "Queues")
    return ActionResult({"EnvironmentResources": {"EnvironmentName": found[0].environment_name, **{key: [] for key in empty}}})


Environment.__init__ = eb_environment_init
EBResponse.create_environment = eb_create_environment
EBResponse.describe_environments = eb_describe_environments
EBResponse.describe_events = eb_describe_events
EBResponse.describe_configuration_settings = eb_describe_configuration_settings
EBResponse.describe_environment_resources = eb_describe_environment_resources

# ---- EC2: transit gateways shared through RAM -------------------------------------------------

from moto.ec2.models.transit_gateway_attachments import TransitGatewayAttachment, TransitGatewayVpcAttachment
from moto.ec2.responses.transit_gateway_attachments import TransitGatewayAttachment as TransitGatewayAttachmentResponse

_create_tgw_vpc_attachment = EC2Backend.create_transit_gateway_vpc_attachment
_describe_transit_gateways = EC2Backend.describe_transit_gateways
_create_route = EC2Backend.create_route
_replace_route = EC2Backend.replace_route


def _shared_transit_gateway(account, region, transit_gateway_id):
    """(owner backend, gateway) for a transit gateway another account shares with `account`, else None."""
    for owner in list(ram_backends.keys()):
        if owner == account:
            continue
        ram = dict.get(ram_backends[owner], region)
        if ram is None:
            continue
        for share in ram.resource_shares:
            if share.status != "ACTIVE" or account not in share.principals:
                continue
            for arn in share.resource_arns:
                if arn.endswith(":transit-gateway/" + transit_gateway_id):
                    backend = ec2_backends[owner][region]
                    gateway = backend.transit_gateways.get(transit_gateway_id)
                    if gateway is not None:
                        return backend, gateway
    return None


def _associates_by_default(gateway):
    return gateway.options.get("DefaultRouteTableAssociation", "enable") == "enable"


def create_transit_gateway_vpc_attachment(self, transit_gateway_id, vpc_id, subnet_ids, tags=None, options=None):
    if transit_gateway_id in self.transit_gateways or _shared_transit_gateway(self.account_id, self.region_name, transit_gateway_id) is None:
        attachment = _create_tgw_vpc_attachment(self, transit_gateway_id, vpc_id, subnet_ids, tags, options)
        gateway = self.transit_gateways[transit_gateway_id]
        if not _associates_by_default(gateway):
            # A gateway made with default association disabled associates nothing by itself.
            gateway.default_route_table.route_table_associations.pop(attachment.id, None)
            attachment.transit_gateway_route_table = None
        return attachment
    owner, gateway = _shared_transit_gateway(self.account_id, self.region_name, transit_gateway_id)
    attachment = TransitGatewayVpcAttachment(self, transit_gateway=gateway, tags=tags, vpc_id=vpc_id, subnet_ids=subnet_ids, options=options)
    if not _associates_by_default(gateway):
        attachment.transit_gateway_route_table = None
    # The requester's account owns the VPC side; the gateway's owner must accept it.
    attachment.state = "pendingAcceptance"
    attachment.gateway_owner_id = owner.account_id
    self.transit_gateway_attachments[attachment.id] = attachment
    owner.transit_gateway_attachments[attachment.id] = attachment
    return attachment


def describe_transit_gateways(self, filters, transit_gateway_ids):
    found = _describe_transit_gateways(self, filters, transit_gateway_ids)
    for transit_gateway_id in transit_gateway_ids or []:
        if transit_gateway_id not in self.transit_gateways:
            shared = _shared_transit_gateway(self.account_id, self.region_name, transit_gateway_id)
            if shared is not None:
                found.append(shared[1])
    return found


def _with_shared_gateway(backend, transit_gateway_id, call):
    """Runs `call` with a shared gateway visible in `backend`, as a route to it needs."""
    if not transit_gateway_id or transit_gateway_id in backend.transit_gateways:
        return call()
    shared = _shared_transit_gateway(backend.account_id, backend.region_name, transit_gateway_id)
    if shared is None:
        return call()
    backend.transit_gateways[transit_gateway_id] = shared[1]
    try:
        return call()
    finally:
        del backend.transit_gateways[transit_gateway_id]


def create_route(self, *args, **kwargs):
    return _with_shared_gateway(self, kwargs.get("transit_gateway_id"), lambda: _create_route(self, *args, **kwargs))


def replace_route(self, *args, **kwargs):
    return _with_shared_gateway(self, kwargs.get("transit_gateway_id"), lambda: _replace_route(self, *args, **kwargs))


def accept_transit_gateway_vpc_attachment(self):
    attachment = self.ec2_backend.transit_gateway_attachments[self._get_param("TransitGatewayAttachmentId")]
    attachment.state = "available"
    return ActionResult({"TransitGatewayVpcAttachment": attachment})


TransitGatewayAttachment.transit_gateway_owner_id = property(
    lambda self: getattr(self, "gateway_owner_id", None) or self.resource_owner_id
)
EC2Backend.create_transit_gateway_vpc_attachment = create_transit_gateway_vpc_attachment
EC2Backend.describe_transit_gateways = describe_transit_gateways
EC2Backend.create_route = create_route
EC2Backend.replace_route = replace_route
TransitGatewayAttachmentResponse.accept_transit_gateway_vpc_attachment = accept_transit_gateway_vpc_attachment

# ---- ELBv2: subnet mappings' addresses ------------------------------------------------------

from moto.elbv2.models import AvailabilityZone as LoadBalancerZone
from moto.elbv2.models import ELBv2Backend, FakeLoadBalancer

_create_load_balancer = ELBv2Backend.create_load_balancer


def create_load_balancer(self, *args, **kwargs):
    balancer = _create_load_balancer(self, *args, **kwargs)
    balancer.mapped_addresses = {}
    for mapping in kwargs.get("subnet_mappings") or []:
        address = {}
        if mapping.get("AllocationId"):
            address["AllocationId"] = mapping["AllocationId"]
            found = self.ec2_backend.describe_addresses(allocation_ids=[mapping["AllocationId"]])
            if found:
                address["IpAddress"] = found[0].public_ip
        if mapping.get("PrivateIPv4Address"):
            address["PrivateIPv4Address"] = mapping["PrivateIPv4Address"]
        if address:
            balancer.mapped_addresses[mapping["SubnetId"]] = [address]
    return balancer


def load_balancer_zones(self):
    zones = [LoadBalancerZone(subnet) for subnet in self.subnets]
    for zone in zones:
        zone.load_balancer_addresses = getattr(self, "mapped_addresses", {}).get(zone.subnet_id, [])
    return zones


ELBv2Backend.create_load_balancer = create_load_balancer
FakeLoadBalancer.availability_zones = property(load_balancer_zones)

# ---- EC2: transit gateway routes and attachment tags, NAT gateway private address ------------

import threading

import moto.ec2.models.nat_gateways as nat_models
from moto.ec2.responses.nat_gateways import NatGateways as NatGatewayResponse

_create_tgw_route = EC2Backend.create_transit_gateway_route
_create_tgw_vpc_attachment_response = TransitGatewayAttachmentResponse.create_transit_gateway_vpc_attachment


def create_transit_gateway_route(self, *args, **kwargs):
    route = _create_tgw_route(self, *args, **kwargs)
    attachment = route.get("transitGatewayAttachments")
    if isinstance(attachment, dict):
        route["transitGatewayAttachments"] = [attachment]
    return route


def create_transit_gateway_vpc_attachment_response(self):
    result = _create_tgw_vpc_attachment_response(self)
    tags = self._parse_tag_specification().get("transit-gateway-attachment", {})
    if tags:
        attachment = result.result["TransitGatewayVpcAttachment"] if hasattr(result, "result") else None
        if attachment is not None:
            attachment.add_tags(tags)
    return result


_nat_request = threading.local()
_random_private_ip = nat_models.random_private_ip
_create_nat_gateway_response = NatGatewayResponse.create_nat_gateway


def nat_private_ip(*args, **kwargs):
    wanted = getattr(_nat_request, "address", None)
    return wanted or _random_private_ip(*args, **kwargs)


def create_nat_gateway_response(self):
    _nat_request.address = self._get_param("PrivateIpAddress")
    try:
        return _create_nat_gateway_response(self)
    finally:
        _nat_request.address = None


EC2Backend.create_transit_gateway_route = create_transit_gateway_route
TransitGatewayAttachmentResponse.create_transit_gateway_vpc_attachment = create_transit_gateway_vpc_attachment_response
nat_models.random_private_ip = nat_private_ip
NatGatewayResponse.create_nat_gateway = create_nat_gateway_response

# ---- Seeds ----------------------------------------------------------------------------------


def seed():
    for entry in json.loads(os.environ.get("LZS_MOTO_ADDRESSES", "[]")):
        ec2_backends[entry["account"]][entry["region"]].allocate_address("vpc", address=entry["address"])


if __name__ == "__main__":
    seed()
    from moto.server import main

    main(sys.argv[1:])
