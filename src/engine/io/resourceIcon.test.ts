import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { awsIconFile } from '../../cli/awsIcons.ts';
import { indexDesign, KINDS } from '../model/index.ts';
import { design } from '../testing/builder.ts';
import { DRAWN_ICONS, PUBLIC_SUBNET_ICON, resourceIcon } from './resourceIcon.ts';

describe('the icon a box shows', () => {
  it('is the public subnet icon for a subnet routing 0.0.0.0/0 to an internet gateway, the private one otherwise', () => {
    const d = design()
      .account('net')
      .vpc('main', 'net', '10.0.0.0/16')
      .subnet('pub', 'main', '10.0.0.0/24', 'ap-northeast-2a')
      .subnet('priv', 'main', '10.0.1.0/24', 'ap-northeast-2a')
      .add('internet-gateway', 'igw', { parent: 'main' })
      .connect('pub', 'igw')
      .build();
    const index = indexDesign(d);
    expect(resourceIcon(index, index.get('pub')!)).toBe(PUBLIC_SUBNET_ICON);
    expect(resourceIcon(index, index.get('priv')!)).toBe(KINDS.subnet.icon);
    expect(PUBLIC_SUBNET_ICON).not.toBe(KINDS.subnet.icon);
  });

  it('is one the aws-icons package ships, for every icon a drawing may show', () => {
    expect([...DRAWN_ICONS].filter((icon) => !existsSync(awsIconFile(icon)))).toEqual([]);
  });
});
