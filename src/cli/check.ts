import type { Command } from './commands.ts';
import { loadDesign } from './load.ts';

export const check: Command = {
  summary: '<design.json>  parse a design file and report problems in it',
  usage: 'usage: lzs check <design.json>',
  async run(args, io) {
    const loaded = await loadDesign(args[0]);
    if (!loaded.ok) {
      io.err(loaded.message);
      return 2;
    }
    io.out(`${args[0]}: valid design "${loaded.design.name}" with ${loaded.design.resources.length} resources`);
    return 0;
  },
};
