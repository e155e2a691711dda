import { getReferencesInExpression, parse } from '@cdktn/hcl2json';
import { format } from '@cdktn/hcl-tools';
import { describe, expect, it } from 'vitest';
import { block, call, list, obj, printFile, raw, tpl } from './hcl.ts';

describe('HCL writer', () => {
  it('prints templates whose literal part ends in $ or % without turning the interpolation into an escape', async () => {
    const text = printFile([block('locals', [], { a: tpl('cost$', raw('var.x'), '%', raw('var.y'), ' ${no} %{no}') })]);
    await parse('main.tf', text);
    expect(await format(text)).toBe(text);
    // The template as HCL source: both interpolations are references, the rest is literal.
    const template = text.slice(text.indexOf('"'), text.lastIndexOf('"') + 1);
    expect(template).toBe('"cost${"$"}${var.x}${"%"}${var.y} $${no} %%{no}"');
    expect((await getReferencesInExpression('main.tf', template)).map((reference) => reference.value)).toEqual(['var.x', 'var.y']);
  });

  it('aligns like terraform fmt: runs of single-line attributes, broken by multi-line values and blocks', async () => {
    const text = printFile([
      block('resource', ['aws_x', 'y'], {
        a: 1,
        longer_name: 'x',
        policy: call('jsonencode', obj({ Version: '2012-10-17', Statement: list([obj({ Effect: 'Allow', Action: ['a', 'b'] })]) })),
        b: true,
        list_of_many: Array.from({ length: 12 }, (_, i) => raw(`aws_subnet.subnet_number_${i}.id`)),
        c: [],
        d: obj({}),
      }, [block('inner', [], { k: 'v', much_longer: 2 }), block('empty', [], {})], { tags: obj({ Name: 'n', 'with space': 'v', 이름: 'x' }) }),
    ]);
    expect(await format(text)).toBe(text);
    expect(text).toContain('  a           = 1\n  longer_name = "x"\n');
    expect(text).toContain(`    "이름"${' '.repeat(9)}= "x"\n`);
    expect(text).toContain('  empty {}\n');
  });
});
