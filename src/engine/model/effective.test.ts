import { describe, expect, it } from 'vitest';
import { design } from '../testing/builder.ts';
import { drawnInSubnet, effectiveNetworkAcl, effectiveRouteTable, indexDesign, owningAccount } from './index.ts';

const base = () =>
  design()
    .account('net')
    .account('app')
    .vpc('main', 'net', '10.20.0.0/16')
    .subnet('public-a', 'main', '10.20.0.0/24', 'ap-northeast-2a')
    .subnet('private-a', 'main', '10.20.1.0/24', 'ap-northeast-2a')
    .add('route-table', 'rt-public', { parent: 'main', routes: [] });

describe('the route table a subnet really uses', () => {
  it('is the VPC main table when the subnet names none, marked as inherited', () => {
    const index = indexDesign(base().build());
    expect(effectiveRouteTable(index, 'private-a')).toEqual({ resource: index.get('main-rtb-main'), explicit: false });
  });

  it('is the associated table when the subnet names one', () => {
    const index = indexDesign(base().update('public-a', { routeTable: 'rt-public' }).build());
    expect(effectiveRouteTable(index, 'public-a')).toMatchObject({ resource: { id: 'rt-public' }, explicit: true });
  });

  it('is none for a resource that is not a subnet', () => {
    expect(effectiveRouteTable(indexDesign(base().build()), 'main')).toBeUndefined();
  });

  it('follows the same rule for network ACLs', () => {
    const index = indexDesign(base().build());
    expect(effectiveNetworkAcl(index, 'public-a')).toMatchObject({ resource: { id: 'main-acl-default' }, explicit: false });
  });
});

describe('the account that owns a resource', () => {
  it('is the account its VPC is drawn in, through every level of nesting', () => {
    const index = indexDesign(base().add('instance', 'proxy-1', { parent: 'public-a' }).build());
    expect(owningAccount(index, 'proxy-1')).toMatchObject({ resource: { id: 'net' }, explicit: false });
    expect(owningAccount(index, 'main-rtb-main')).toMatchObject({ resource: { id: 'net' }, explicit: false });
  });

  it('is the participant named by the account field in a shared subnet', () => {
    const index = indexDesign(base().add('instance', 'app-1', { parent: 'private-a', account: 'app' }).build());
    expect(owningAccount(index, 'app-1')).toMatchObject({ resource: { id: 'app' }, explicit: true });
  });

  it('is none for an account itself or a resource outside every account', () => {
    const index = indexDesign(base().add('external', 'partner').build());
    expect(owningAccount(index, 'net')).toBeUndefined();
    expect(owningAccount(index, 'partner')).toBeUndefined();
  });
});

describe('the subnet a box is drawn in', () => {
  it('is its parent subnet', () => {
    const index = indexDesign(base().add('instance', 'proxy-1', { parent: 'public-a' }).build());
    expect(drawnInSubnet(index, 'proxy-1')?.id).toBe('public-a');
  });

  it('is the subnet of the cluster a Kubernetes service runs in', () => {
    const built = base().add('eks-cluster', 'eks', { parent: 'private-a' }).add('k8s-service', 'svc', { parent: 'eks' }).build();
    expect(drawnInSubnet(indexDesign(built), 'svc')?.id).toBe('private-a');
  });

  it('is none for a subnet or a box drawn straight in the VPC', () => {
    const index = indexDesign(base().add('internet-gateway', 'igw', { parent: 'main' }).build());
    expect(drawnInSubnet(index, 'public-a')).toBeUndefined();
    expect(drawnInSubnet(index, 'igw')).toBeUndefined();
  });
});
