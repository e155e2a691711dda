import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { indexDesign, parseDesign } from '../../engine/model/index.ts';
import { namer, trace, tracePath } from '../../engine/sim/index.ts';
import { traceSentence } from '../../cli/trace.ts';
import { Verdict } from './Verdict.tsx';

function example(name: string) {
  const parsed = parseDesign(readFileSync(new URL(`../../../public/examples/${name}.json`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  return parsed.design;
}

/** The verdict as a reader sees it: the rendered text, tags removed. */
function shown(name: string, flow: Parameters<typeof trace>[1]): { text: string; cli: string } {
  const design = example(name);
  const result = trace(design, flow);
  const index = indexDesign(design);
  const html = renderToStaticMarkup(<Verdict result={result} path={tracePath(index, result)} nameOf={namer(index)} onFocus={() => {}} />);
  const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').replace(/&#x27;/g, "'").trim();
  return { text, cli: traceSentence(design, result) };
}

/** The CLI's sentence with its joining punctuation taken out, as the panel lays the same words out. */
const words = (sentence: string) => sentence.replace(/[():.]/g, ' ').replace(/\s+/g, ' ').trim();

describe('the verdict', () => {
  it('says in the Trace panel what `lzs trace` prints for a blocked flow', () => {
    const { text, cli } = shown('ecs-fargate', { from: 'billing-svc', to: 'api-svc', protocol: 'tcp', port: 8080 });
    expect(cli).toBe('✗ Blocked: tcp/8080 from billing (billing-svc) to api (api-svc): a security group does not allow it (SG_DENY). Dropped by api (api-sg) at api (api-svc).');
    expect(words(text)).toBe(words(cli));
  });

  it('says the same for a reachable flow', () => {
    const { text, cli } = shown('static-ips-partner', { from: 'partner', to: 'partner-nlb', protocol: 'tcp', port: 443 });
    expect(cli).toContain('✓ Reachable: tcp/443 from Partner network (partner) to partner-nlb: the request arrives and the reply gets back.');
    expect(words(text)).toBe(words(cli));
  });
});
