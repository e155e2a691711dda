import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Hop } from '../../engine/sim/index.ts';
import { HopList } from './HopList.tsx';

const hop: Hop = { resourceId: 'sg-<b>x</b>', step: 'sg-ingress', decision: 'drop', box: 'proxy-1', matched: 'no match', note: 'proxy `<img src=x onerror=alert(1)>` allows nothing' };

const render = (hops: readonly Hop[], nodes: readonly (string | undefined)[] = []) =>
  renderToStaticMarkup(<HopList title="Request" hops={hops} nodes={nodes} stepOf={(n) => (n === 'proxy-1' ? 4 : undefined)} nameOf={(id) => id} onFocus={() => {}} empty="No hop." />);

describe('the hop list', () => {
  it('shows names and notes that look like markup as text, never as HTML', () => {
    const html = render([hop]);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('sg-&lt;b&gt;x&lt;/b&gt;');
  });

  it("marks the drop and names the canvas box a hop happened at", () => {
    const html = render([hop, { ...hop, resourceId: 'proxy-sg', decision: 'allow' }], [undefined, 'proxy-1']);
    expect(html).toContain('data-decision="drop"');
    expect(html.match(/class="hop-box"/g)).toHaveLength(1);
    expect(html).toMatch(/class="hop-box"[^>]*>◉ (<!-- -->)?4</);
  });

  it('says so when a direction has no hops', () => {
    expect(render([])).toContain('No hop.');
  });
});

describe('the hop list with costs', () => {
  it('shows what each GB costs at a hop that charges, and nothing at one that does not', () => {
    const html = renderToStaticMarkup(
      <HopList title="Request" hops={[hop, { ...hop, step: 'nat', resourceId: 'nat' }]} nodes={[]} nameOf={(id) => id} onFocus={() => {}} empty="No hop." costs={[undefined, '$0.045/GB']} />,
    );
    expect(html.match(/class="hop-cost"/g)).toHaveLength(1);
    expect(html).toContain('<span class="hop-cost">$0.045/GB</span>');
  });
});
