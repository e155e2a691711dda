/**
 * YAML for importers: CloudFormation's short-form tags become the long forms (`!Ref X` is
 * `{ Ref: X }`), so one evaluator reads JSON and YAML templates alike; anchors and aliases
 * (LZA's regions) resolve as YAML says, with the library's cap on alias expansion.
 */
import { parse, type CollectionTag, type ScalarTag } from 'yaml';
import { ImportError } from './types.ts';

/** Short-form tag → long-form key. `!GetAtt A.B` is the one scalar form that splits. */
const FUNCTIONS: Record<string, string> = {
  Ref: 'Ref',
  Condition: 'Condition',
  GetAtt: 'Fn::GetAtt',
  Sub: 'Fn::Sub',
  Select: 'Fn::Select',
  GetAZs: 'Fn::GetAZs',
  Join: 'Fn::Join',
  Split: 'Fn::Split',
  FindInMap: 'Fn::FindInMap',
  If: 'Fn::If',
  Equals: 'Fn::Equals',
  And: 'Fn::And',
  Or: 'Fn::Or',
  Not: 'Fn::Not',
  Base64: 'Fn::Base64',
  Cidr: 'Fn::Cidr',
  ImportValue: 'Fn::ImportValue',
  Transform: 'Fn::Transform',
  Length: 'Fn::Length',
  ToJsonString: 'Fn::ToJsonString',
};

function cfnTags(): (ScalarTag | CollectionTag)[] {
  const tags: (ScalarTag | CollectionTag)[] = [];
  for (const [short, long] of Object.entries(FUNCTIONS)) {
    const tag = `!${short}`;
    tags.push({
      tag,
      resolve: (value: string) => ({ [long]: short === 'GetAtt' ? splitGetAtt(value) : value }),
    });
    for (const collection of ['seq', 'map'] as const) {
      tags.push({ tag, collection, resolve: (node) => ({ [long]: node.toJSON() as unknown }) });
    }
  }
  return tags;
}

function splitGetAtt(value: string): string[] {
  const dot = value.indexOf('.');
  return dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)];
}

const TAGS = cfnTags();

/** Parses YAML text; a syntax error becomes an ImportError naming the file and the line. */
export function parseYaml(text: string, file: string): unknown {
  try {
    return parse(text, { customTags: TAGS, uniqueKeys: false, prettyErrors: true, maxAliasCount: 10_000 });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ImportError(`${file}: not readable as YAML: ${message}`);
  }
}

/** JSON or YAML, whichever the text is. */
export function parseJsonOrYaml(text: string, file: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (/^\s*[{[]/.test(body)) {
    try {
      return JSON.parse(body) as unknown;
    } catch {
      // A YAML flow mapping also starts with a brace: let the YAML parser have it.
    }
  }
  return parseYaml(body, file);
}
