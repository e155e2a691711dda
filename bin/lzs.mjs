#!/usr/bin/env node
// The CLI is written in TypeScript; tsx loads it so `npx lzs` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
try {
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Only a failure to start lands here; main answers every command's own exceptions.
  process.stderr.write(`lzs: internal error: ${error instanceof Error ? error.message : String(error)}\nThis is a bug in lzs; please report it with the command you ran.\n`);
  process.exitCode = 3;
}
