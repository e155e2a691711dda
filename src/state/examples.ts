/**
 * Example designs shipped in public/examples/ (index.json lists them). Fetched through
 * react-query so the gallery and first start share one cache.
 */
import type { QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { Design } from '../engine/model/index.ts';
import { parseDesign } from '../engine/model/index.ts';

export const ExampleEntry = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string().default(''),
  file: z.string(),
});
export type ExampleEntry = z.infer<typeof ExampleEntry>;

const base = () => new URL('examples/', document.baseURI);

async function fetchJsonText(url: URL): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return response.text();
}

export const examplesQuery = {
  queryKey: ['examples'] as const,
  queryFn: async (): Promise<ExampleEntry[]> => {
    // A static host may answer a missing file with the app page; that is "no examples".
    const text = await fetchJsonText(new URL('index.json', base()));
    return z.array(ExampleEntry).parse(JSON.parse(text));
  },
  staleTime: Infinity,
  retry: false,
};

export const exampleQuery = (entry: ExampleEntry) => ({
  queryKey: ['example', entry.id] as const,
  queryFn: async (): Promise<Design> => {
    const parsed = parseDesign(await fetchJsonText(new URL(entry.file, base())));
    if (!parsed.ok) throw new Error(`Example ${entry.id} does not parse`);
    return parsed.design;
  },
  staleTime: Infinity,
  retry: false,
});

/** The first example that loads, or undefined when there are none. */
export async function firstExample(client: QueryClient): Promise<Design | undefined> {
  try {
    const entries = await client.fetchQuery(examplesQuery);
    for (const entry of entries) {
      try {
        return await client.fetchQuery(exampleQuery(entry));
      } catch {
        // Try the next one.
      }
    }
  } catch {
    // No examples published.
  }
  return undefined;
}
