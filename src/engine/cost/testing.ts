/** Test helper: a gallery design moved to us-east-1, where the table prices NAT and transit gateways. */
import { parseDesignValue, type Design } from '../model/index.ts';

export function inUsEast1(file: unknown): Design {
  const parsed = parseDesignValue(JSON.parse(JSON.stringify(file).replaceAll('ap-northeast-2', 'us-east-1')));
  if (!parsed.ok) throw new Error('the moved example no longer parses');
  return parsed.design;
}
