import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { designEdges, KINDS } from '../model/index.ts';
import { design } from '../testing/builder.ts';
import { toDrawio } from './drawio.ts';

const hostile = '<img src=x onerror=alert(1)> & "quotes" \uffff ]]>';

const sample = () =>
  design('review')
    .account('net', { name: 'network' })
    .account('dept', { name: hostile })
    .vpc('main', 'net', '10.0.0.0/16')
    .vpc('other', 'net', '10.1.0.0/16')
    .subnet('a', 'main', '10.0.1.0/24', 'ap-northeast-2a')
    .subnet('c', 'main', '10.0.2.0/24', 'ap-northeast-2c')
    .add('instance', 'web', { parent: 'a', name: hostile })
    .add('nlb', 'nlb', { parent: 'c', scheme: 'internal', listeners: [] })
    .connect('nlb', 'web')
    .connect('main', 'other')
    .connect('a', 'dept')
    .build();

interface Cell {
  '@_id': string;
  '@_parent'?: string;
  '@_value'?: string;
  '@_vertex'?: string;
  '@_edge'?: string;
  '@_source'?: string;
  '@_target'?: string;
}

function cells(xml: string): Cell[] {
  const parsed = new XMLParser({ ignoreAttributes: false, htmlEntities: true, isArray: (name) => name === 'mxCell' }).parse(xml);
  return parsed.mxfile.diagram.mxGraphModel.root.mxCell as Cell[];
}

describe('draw.io export', () => {
  it('is well-formed XML with one cell per resource and per edge', () => {
    const d = sample();
    const xml = toDrawio(d);
    expect(XMLValidator.validate(xml)).toBe(true);
    const all = cells(xml);
    const vertices = all.filter((c) => c['@_vertex'] === '1');
    const edges = all.filter((c) => c['@_edge'] === '1');
    const drawnAsBoxes = d.resources.filter((r) => KINDS[r.kind].drawnAs !== 'edge');
    expect(vertices.map((c) => c['@_id']).sort()).toEqual(drawnAsBoxes.map((r) => `r-${r.id}`).sort());
    expect(edges).toHaveLength(designEdges(d).length);
    expect(edges.map((e) => e['@_source'])).toEqual(expect.arrayContaining(['r-main', 'r-nlb', 'r-a']));
    for (const edge of edges) {
      expect(vertices.some((v) => v['@_id'] === edge['@_source'])).toBe(true);
      expect(vertices.some((v) => v['@_id'] === edge['@_target'])).toBe(true);
    }
  });

  it('makes containers the parents of their children', () => {
    const d = sample();
    const byId = new Map(cells(toDrawio(d)).map((c) => [c['@_id'], c]));
    for (const resource of d.resources) {
      if (KINDS[resource.kind].drawnAs === 'edge') continue;
      expect(byId.get(`r-${resource.id}`)?.['@_parent']).toBe(resource.parent ? `r-${resource.parent}` : '1');
    }
  });

  it('keeps hostile names as plain text labels', () => {
    const xml = toDrawio(sample());
    expect(xml).not.toContain('<img');
    expect(xml).not.toMatch(/html=1/);
    const web = cells(xml).find((c) => c['@_id'] === 'r-web');
    // The label reads back as exactly the name (minus the control character XML cannot hold).
    expect(web?.['@_value']).toBe(hostile.replace('\uffff', ''));
  });
});
