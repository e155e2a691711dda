import { describe, expect, it } from 'vitest';
import { languageOf, tokenize, type Token } from './highlight.ts';

const joined = (tokens: readonly Token[]) => tokens.map((t) => t.text).join('');
const ofType = (tokens: readonly Token[], type: Token['type']) => tokens.filter((t) => t.type === type).map((t) => t.text);

describe('code preview tokens', () => {
  it('picks the language from the file name', () => {
    expect(languageOf('network.tf')).toBe('hcl');
    expect(languageOf('lib/net-stack.ts')).toBe('typescript');
    expect(languageOf('cdk.json')).toBe('json');
    expect(languageOf('README')).toBe('plain');
  });

  it('splits HCL into keywords, strings, numbers and comments without losing a character', () => {
    const hcl = '# VPCs\nresource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16" // main\n  count      = 2\n  enable     = true\n}\n';
    const tokens = tokenize(hcl, 'hcl');
    expect(joined(tokens)).toBe(hcl);
    expect(ofType(tokens, 'keyword')).toEqual(['resource', 'true']);
    expect(ofType(tokens, 'string')).toEqual(['"aws_vpc"', '"main"', '"10.0.0.0/16"']);
    expect(ofType(tokens, 'comment')).toEqual(['# VPCs', '// main']);
    expect(ofType(tokens, 'number')).toEqual(['2']);
  });

  it('keeps escaped quotes and heredocs inside one string', () => {
    const hcl = 'name = "a \\"quoted\\" ${x}"\npolicy = <<-EOT\n  {"a": 1}\n  EOT\n';
    const tokens = tokenize(hcl, 'hcl');
    expect(joined(tokens)).toBe(hcl);
    expect(ofType(tokens, 'string')).toEqual(['"a \\"quoted\\" ${x}"', '<<-EOT\n  {"a": 1}\n  EOT']);
  });

  it('a hostile name stays inside its string token, never markup', () => {
    const ts = "new CfnVpc(this, 'Vpc', { tags: [{ key: 'Name', value: '<img src=x onerror=alert(1)> */ `x`' }] });";
    const tokens = tokenize(ts, 'typescript');
    expect(joined(tokens)).toBe(ts);
    expect(ofType(tokens, 'string')).toContain("'<img src=x onerror=alert(1)> */ `x`'");
    expect(ofType(tokens, 'keyword')).toEqual(['new', 'this']);
    expect(ofType(tokens, 'comment')).toEqual([]);
  });

  it('an unterminated string or comment runs to the end instead of looping', () => {
    for (const text of ['x = "open', '/* open', "const a = 'open"]) {
      const tokens = tokenize(text, text.startsWith('x') ? 'hcl' : 'typescript');
      expect(joined(tokens)).toBe(text);
    }
  });
});
