import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../engine/rules/types.ts';
import { createTestStudio } from '../../state/testStudio.ts';
import { StudioProvider } from '../../state/useStudio.ts';
import { FindingItem } from './FindingItem.tsx';

const studio = createTestStudio();
const render = (finding: Finding) =>
  renderToStaticMarkup(
    <StudioProvider studio={studio}>
      <FindingItem finding={finding} onFocus={() => {}} />
    </StudioProvider>,
  );

const base: Finding = {
  ruleId: 'MQ-SHARED',
  severity: 'error',
  resourceIds: ['mq'],
  message: 'Broker `orders-mq` is in subnet `shared-a`.',
  docUrl: 'https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/rabbitmq-basic-elements-broker.html',
};

describe('a finding in the list', () => {
  it('sets quoted names as code and links the AWS documentation in a new tab without an opener', () => {
    const html = render(base);
    expect(html).toContain('<code>orders-mq</code>');
    expect(html).toContain('<code>shared-a</code>');
    expect(html).toContain(`href="${base.docUrl}"`);
    expect(html).toContain('target="_blank"');
    expect(html).toContain('rel="noopener noreferrer"');
  });

  it('shows a name that looks like markup as text, never as HTML', () => {
    const html = render({ ...base, message: 'Broker `<img src=x onerror=alert(1)>` is <b>shared</b>.' });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('does not turn a documentation address that is not a web link into a link', () => {
    expect(render({ ...base, docUrl: 'javascript:alert(1)' })).not.toContain('href');
  });

  it('offers each quick fix as a button with its description', () => {
    const html = render({
      ...base,
      fixes: [{ id: 'satellite-vpc', title: 'Satellite VPC', description: 'Peers a new VPC.', apply: () => ({ ok: false, reason: 'not here' }) }],
    });
    expect(html).toMatch(/<button[^>]*data-fix="satellite-vpc"[^>]*>Satellite VPC<\/button>/);
    expect(html).toContain('Peers a new VPC.');
  });
});
