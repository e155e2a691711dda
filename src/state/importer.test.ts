import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeDesign } from '../engine/model/index.ts';
import { design } from '../engine/testing/builder.ts';
import { importFiles } from './importer.ts';
import { createTestStudio } from './testStudio.ts';

const fixture = (path: string) => ({ name: path.split('/').at(-1)!, text: readFileSync(new URL(`../../test/fixtures/import/${path}`, import.meta.url), 'utf8') });

const studio = createTestStudio();
afterAll(() => studio.dispose());

describe('importing infrastructure code into the studio', () => {
  it('opens an LZA network-config with its accounts-config as a new design, keeping the open one, and keeps the report', async () => {
    const before = studio.getDesign().name;
    const stages: unknown[] = [];
    const stop = studio.imports.subscribe((s) => s.stage && stages.push(s.stage));
    // The accounts-config may come first: it is recognised by what it lists.
    expect(await importFiles(studio, [fixture('lza/lza-peering-ipam.accounts-config.yaml'), fixture('lza/lza-peering-ipam.network-config.yaml')])).toBe(true);
    stop();
    expect(stages).toEqual(['reading', 'laying-out', 'checking']);
    const state = studio.imports.getState();
    expect(state).toMatchObject({ status: 'done', format: 'lza', files: ['lza-peering-ipam.network-config.yaml', 'lza-peering-ipam.accounts-config.yaml'] });
    expect(state.notes).toEqual(expect.arrayContaining([expect.objectContaining({ address: 'vpcs[0].ipamAllocations[0]', level: 'partial' })]));
    expect(studio.getDesign().resources.find((r) => r.id === 'vpc:Network-Endpoints')).toMatchObject({ source: { address: 'vpcs[0]' } });
    expect(studio.ui.getState().panel).toBe('import');
    expect(studio.ui.getState().messages.at(-1)?.text).toContain(`“${before}” is still in Designs`);
  });

  it('says why when the input cannot be read, and opens nothing', async () => {
    const open = studio.getDesign();
    expect(await importFiles(studio, [{ name: 'broken.yaml', text: 'Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties: { CidrBlock: !Ref Nope }\n' }])).toBe(false);
    expect(studio.imports.getState()).toMatchObject({ status: 'failed', reason: 'broken.yaml: Resources.Vpc.Properties.CidrBlock.Ref: Ref to Nope, which is neither a parameter nor a resource' });
    expect(studio.getDesign()).toBe(open);
  });

  it('refuses an accounts-config alone, and still opens a design file the usual way', async () => {
    expect(await importFiles(studio, [fixture('lza/lza-hub-nfw.accounts-config.yaml')])).toBe(false);
    expect(studio.imports.getState().reason).toContain('import it together with its network-config.yaml');
    const drawn = design('drawn here').account('a').vpc('v', 'a', '10.0.0.0/16').build();
    expect(await importFiles(studio, [{ name: 'drawn.json', text: serializeDesign(drawn) }])).toBe(true);
    expect(studio.getDesign().name).toBe('drawn here');
  });
});
