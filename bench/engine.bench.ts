/**
 * `npm run bench`: runs every section in bench/sections/ (validation, tracing, export...)
 * and prints their figures. Never part of `npm test`: speed goals live here, not in tests.
 */
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('./sections/', import.meta.url));
const only = process.argv[2];
const files = (await readdir(dir)).filter((file) => file.endsWith('.ts')).sort();
for (const file of files) {
  if (only && !file.includes(only)) continue;
  const section = (await import(new URL(`./sections/${file}`, import.meta.url).href)) as {
    title: string;
    run: () => Promise<void> | void;
  };
  console.log(`\n## ${section.title}`);
  await section.run();
}
