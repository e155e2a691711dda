import { describe, expect, it } from 'vitest';
import { design } from '../../testing/builder.ts';
import { generateTerraform } from './index.ts';
import { AwsNames } from './names.ts';

describe('AWS names', () => {
  it('number repeats -2, -3... in order, skipping names taken another way', () => {
    const names = new AwsNames();
    expect(names.unique('lb', 'web', 32)).toBe('web');
    expect(names.unique('lb', 'web-3', 32)).toBe('web-3');
    expect(['web', 'web', 'web', 'Web'].map((wanted) => names.unique('lb', wanted, 32))).toEqual(['web-2', 'web-4', 'web-5', 'Web-6']);
    expect(names.unique('lb', 'web', 4)).toBe('we-2');
    expect(names.unique('other', 'web', 32)).toBe('web');
  });

  it('take one ECS cluster name per VPC, however many services share it', () => {
    let builder = design('clusters')
      .account('net')
      .vpc('v1', 'net', '10.0.0.0/16', { name: 'app' })
      .subnet('s1', 'v1', '10.0.1.0/24', 'ap-northeast-2a')
      .vpc('v2', 'net', '10.1.0.0/16', { name: 'app' })
      .subnet('s2', 'v2', '10.1.1.0/24', 'ap-northeast-2a');
    for (let i = 0; i < 5; i++) builder = builder.add('ecs-service', `svc-${i}`, { parent: 's1', launchType: 'FARGATE' });
    builder = builder.add('ecs-service', 'svc-other', { parent: 's2', launchType: 'FARGATE' });
    const compute = generateTerraform(builder.build()).find((file) => file.path === 'compute.tf')!.contents;
    const clusters = [...compute.matchAll(/resource "aws_ecs_cluster" "[^"]+" \{[^}]*?name\s*=\s*"([^"]+)"/g)].map((m) => m[1]);
    expect(clusters).toEqual(['app-ecs', 'app-ecs-2']);
  });
});
