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

# ---- Seeds ----------------------------------------------------------------------------------


def seed():
    for entry in json.loads(os.environ.get("LZS_MOTO_ADDRESSES", "[]")):
        ec2_backends[entry["account"]][entry["region"]].allocate_address("vpc", address=entry["address"])


if __name__ == "__main__":
    seed()
    from moto.server import main

    main(sys.argv[1:])
