/** The container node of each kind, with the badges that kind shows. */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { ResourceFlowNode } from '../flowNodes.ts';
import { ContainerNode } from './ContainerNode.tsx';
import { useSubnetAssociations, useVpcBadgeCounts } from './useResource.ts';

export const AccountNode = memo(function AccountNode(props: NodeProps<ResourceFlowNode>) {
  return <ContainerNode {...props} />;
});

/** A VPC shows how many route tables, groups and ACLs it holds: they are edited in the inspector. */
export const VpcNode = memo(function VpcNode(props: NodeProps<ResourceFlowNode>) {
  return <ContainerNode {...props} facts={useVpcBadgeCounts(props.id)} />;
});

/** A subnet shows the route table and network ACL it actually uses (explicit or main/default). */
export const SubnetNode = memo(function SubnetNode(props: NodeProps<ResourceFlowNode>) {
  return <ContainerNode {...props} facts={useSubnetAssociations(props.id)} />;
});

export const EksClusterNode = memo(function EksClusterNode(props: NodeProps<ResourceFlowNode>) {
  return <ContainerNode {...props} />;
});
