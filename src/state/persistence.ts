/**
 * The local library of designs in IndexedDB. The design document is stored as-is; a small
 * catalogue lists names and times so the design list never loads every design.
 */
import { createStore, del, get, set } from 'idb-keyval';
import type { Design } from '../engine/model/index.ts';
import { parseDesignValue } from '../engine/model/index.ts';

export interface DesignEntry {
  readonly id: string;
  readonly name: string;
  /** Milliseconds since the epoch of the last save. */
  readonly updatedAt: number;
}

const store = createStore('landing-zone-studio', 'designs');
const CATALOGUE = 'catalogue';
const LAST_OPEN = 'last-open';
const designKey = (id: string) => `design:${id}`;

export async function listDesigns(): Promise<DesignEntry[]> {
  return ((await get<DesignEntry[]>(CATALOGUE, store)) ?? []).slice().sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Reads a stored design through the parser, so an older or damaged record is migrated or refused. */
export async function loadDesign(id: string): Promise<Design | undefined> {
  const raw = await get<unknown>(designKey(id), store);
  if (raw === undefined) return undefined;
  const parsed = parseDesignValue(raw);
  return parsed.ok ? parsed.design : undefined;
}

export async function saveDesign(id: string, design: Design): Promise<void> {
  await set(designKey(id), design, store);
  const catalogue = (await get<DesignEntry[]>(CATALOGUE, store)) ?? [];
  const entry: DesignEntry = { id, name: design.name, updatedAt: Date.now() };
  await set(CATALOGUE, [entry, ...catalogue.filter((e) => e.id !== id)], store);
}

export async function deleteDesign(id: string): Promise<void> {
  await del(designKey(id), store);
  const catalogue = (await get<DesignEntry[]>(CATALOGUE, store)) ?? [];
  await set(CATALOGUE, catalogue.filter((e) => e.id !== id), store);
}

export async function lastOpenDesign(): Promise<string | undefined> {
  return get<string>(LAST_OPEN, store);
}

export async function rememberOpen(id: string): Promise<void> {
  await set(LAST_OPEN, id, store);
}

/** A fresh library id; random so two tabs never pick the same one. */
export function newDesignId(): string {
  return `d-${crypto.randomUUID()}`;
}
