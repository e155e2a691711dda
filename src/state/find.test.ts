import { describe, expect, it } from 'vitest';
import { design } from '../engine/testing/builder.ts';
import { findResources } from './find.ts';

const built = design()
  .account('net', { name: 'network' })
  .vpc('main', 'net', '10.20.0.0/16', { name: 'prod' })
  .subnet('public-a', 'main', '10.20.0.0/24', 'ap-northeast-2a', { name: 'public a' })
  .subnet('private-a', 'main', '10.20.10.0/24', 'ap-northeast-2a', { name: 'private a' })
  .add('instance', 'proxy-1', { parent: 'private-a', name: 'nginx-1', privateIp: '10.20.10.15' })
  .build();
const ids = (query: string) => findResources(built, query).map((f) => f.id);

describe('finding a resource', () => {
  it('by name or id, the exact one first', () => {
    expect(ids('nginx-1')[0]).toBe('proxy-1');
    expect(ids('proxy-1')).toEqual(['proxy-1']);
    expect(ids('PRIV')).toEqual(['private-a']);
  });

  it('by its CIDR block or the start of one, saying which block matched', () => {
    expect(findResources(built, '10.20.10.0/24')[0]).toMatchObject({ id: 'private-a', detail: '10.20.10.0/24' });
    expect(ids('10.20.1')).toEqual(['private-a', 'proxy-1']);
  });

  it('by an address: the resource holding it, then the blocks it falls in', () => {
    expect(ids('10.20.10.15')).toEqual(['proxy-1', 'main', 'private-a']);
    expect(ids('10.20.0.9')).toEqual(['main', 'public-a']);
  });

  it('finds nothing for an empty query or text no resource holds', () => {
    expect(ids('   ')).toEqual([]);
    expect(ids('192.168.1.1')).toEqual([]);
    expect(ids('mainframe')).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(findResources(built, 'a', 2)).toHaveLength(2);
  });
});
