/** Node types at module scope, so React Flow never sees a new object and remounts nodes. */
import type { NodeTypes } from '@xyflow/react';
import { AccountNode, EksClusterNode, SubnetNode, VpcNode } from './containers.tsx';
import { ResourceNode } from './ResourceNode.tsx';
import './level-of-detail.css';

export const nodeTypes: NodeTypes = {
  account: AccountNode,
  vpc: VpcNode,
  subnet: SubnetNode,
  'eks-cluster': EksClusterNode,
  resource: ResourceNode,
};
