import { describe, expect, it } from 'vitest';
import { design } from '../testing/builder.ts';
import { indexDesign, parseDesign, serializeDesign } from './index.ts';

describe('builder smoke', () => {
  it('builds a VPC with AWS defaults', () => {
    const d = design()
      .account('net')
      .vpc('main', 'net', '10.0.0.0/16')
      .subnet('a', 'main', '10.0.1.0/24', 'ap-northeast-2a')
      .build();
    const index = indexDesign(d);
    expect(index.routeTableOf('a')?.id).toBe('main-rtb-main');
    expect(index.routeTableOf('a')?.routes).toEqual([
      { destination: '10.0.0.0/16', target: 'local' },
    ]);
    expect(index.networkAclOf('a')?.id).toBe('main-acl-default');
    expect(index.defaultSecurityGroup('main')?.id).toBe('main-sg-default');
    const again = parseDesign(serializeDesign(d));
    expect(again.ok && again.design).toEqual(d);
  });
});
