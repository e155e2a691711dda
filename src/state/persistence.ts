/**
 * The local library of designs in IndexedDB. Each design is stored in a record that carries
 * a version (a counter and the id of the tab that wrote it); a write names the version it
 * started from and is refused when the stored one is newer, so a stale tab never writes over
 * newer work. The check and the write happen in one transaction. Every save is read back and
 * compared with what was written. A small catalogue lists names and times so the design list
 * never loads every design; saved versions are kept per design for the version history.
 *
 * Designs are stored as JSON text. IndexedDB clones what it stores on the page's thread, and
 * cloning a 5,000-resource object graph took a long task per save (twice: the record and its
 * version copy); text is copied almost for free, and is made from pieces cached per resource
 * (designText.ts). The read-back then compares two strings. Records stored as objects by
 * earlier builds still load.
 */
import { del, get, set, type UseStore } from 'idb-keyval';
import type { Design } from '../engine/model/index.ts';
import { parseDesignValue } from '../engine/model/index.ts';
import { designText } from './designText.ts';
import { forgetRescue, readRescue } from './rescue.ts';
import { foldTarget, retainVersions, type FoldableVersion } from './retention.ts';

export interface DesignEntry {
  readonly id: string;
  readonly name: string;
  /** Milliseconds since the epoch of the last save. */
  readonly updatedAt: number;
}

/** Which write a stored design came from. */
export interface RecordVersion {
  /** Counts up by one with every save of this design; 0 for a design stored before versions. */
  readonly version: number;
  /** The tab that wrote it. */
  readonly writer: string;
}

/** One saved version of a design, as listed in the version history. */
export interface SavedVersion extends RecordVersion, FoldableVersion {
  /** Milliseconds since the epoch. */
  readonly savedAt: number;
  readonly name: string;
  readonly resourceCount: number;
}

export type SaveFailure =
  /** The stored design is newer than the one this write started from. */
  | { readonly type: 'conflict'; readonly stored: RecordVersion; readonly base: number }
  /** The browser refused the write (quota full, private mode, storage blocked). */
  | { readonly type: 'storage'; readonly reason: string }
  /** The library could not be opened at all (storage disabled or broken); saving is retried. */
  | { readonly type: 'unavailable'; readonly reason: string }
  /** The write went through but reading it back gave something else. */
  | { readonly type: 'mismatch' };

export type SaveResult = { readonly ok: true; readonly version: number } | { readonly ok: false; readonly failure: SaveFailure };

interface StoredRecord extends RecordVersion {
  readonly kind: 'design-record';
  readonly savedAt: number;
  /** JSON text; an object in records written before designs were stored as text. */
  readonly design: unknown;
}

/** A stored design (text, or an object from an earlier build) as a value for the parser. */
function storedValue(stored: unknown): unknown {
  if (typeof stored !== 'string') return stored;
  try {
    return JSON.parse(stored) as unknown;
  } catch {
    // The parser turns this into its "not a design" refusal.
    return stored;
  }
}

const DATABASE = 'landing-zone-studio';
const OBJECTS = 'designs';

/** The library's database could not be opened: nothing can be read or stored until it can. */
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
}

let database: Promise<IDBDatabase> | undefined;

/** Opens the library; a failed open is tried again by the next call, so storage that comes back is used. */
function openLibrary(): Promise<IDBDatabase> {
  database ??= new Promise<IDBDatabase>((resolve, reject) => {
    const refuse = (error: unknown) => {
      database = undefined;
      reject(new StorageUnavailableError(error ? describe(error) : 'the browser gave no reason'));
    };
    try {
      const request = indexedDB.open(DATABASE);
      request.onupgradeneeded = () => request.result.createObjectStore(OBJECTS);
      request.onsuccess = () => {
        const db = request.result;
        db.onclose = () => (database = undefined);
        resolve(db);
      };
      request.onerror = () => refuse(request.error);
      request.onblocked = () => refuse(new Error('another tab holds an older version of the library open'));
    } catch (error) {
      // No IndexedDB at all, or it throws (some private modes).
      refuse(error);
    }
  });
  return database;
}

const store: UseStore = (mode, callback) => openLibrary().then((db) => callback(db.transaction(OBJECTS, mode).objectStore(OBJECTS)));
const CATALOGUE = 'catalogue';
const LAST_OPEN = 'last-open';
const designKey = (id: string) => `design:${id}`;
/** The stored version of a design, apart from it: a save checks it without reading the whole design. */
const headKey = (id: string) => `head:${id}`;
const versionsKey = (id: string) => `versions:${id}`;
const versionKey = (id: string, version: number) => `version:${id}:${version}`;

/** This tab's id, written into every record it saves. */
export const TAB_ID = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `tab-${Math.random()}`;

function asRecord(raw: unknown): StoredRecord | undefined {
  if (raw === undefined) return undefined;
  const candidate = raw as Partial<StoredRecord> | null;
  if (candidate && candidate.kind === 'design-record' && typeof candidate.version === 'number') return candidate as StoredRecord;
  // A design stored before records had versions.
  return { kind: 'design-record', version: 0, writer: '', savedAt: 0, design: raw };
}

export async function listDesigns(): Promise<DesignEntry[]> {
  return ((await get<DesignEntry[]>(CATALOGUE, store)) ?? []).slice().sort((a, b) => b.updatedAt - a.updatedAt);
}

export interface LoadedDesign extends RecordVersion {
  readonly design: Design;
}

/** Reads a stored design and its version through the parser, so an older or damaged record is migrated or refused. */
export async function loadRecord(id: string): Promise<LoadedDesign | undefined> {
  await applyRescue(id);
  const record = asRecord(await get<unknown>(designKey(id), store));
  if (!record) return undefined;
  const parsed = parseDesignValue(storedValue(record.design));
  return parsed.ok ? { design: parsed.design, version: record.version, writer: record.writer } : undefined;
}

export async function loadDesign(id: string): Promise<Design | undefined> {
  const loaded = await loadRecord(id);
  rememberVersion(id, loaded?.version);
  return loaded?.design;
}

/** The version this tab last read or wrote of each design, the base of its next write. */
const known = new Map<string, number>();

function rememberVersion(id: string, version: number | undefined): void {
  if (version === undefined) known.delete(id);
  else known.set(id, version);
}

export const knownVersion = (id: string): number | undefined => known.get(id);

const describe = (error: unknown): string =>
  error instanceof Error ? (error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message) : String(error);

/**
 * Checks the stored version and writes the record, a version snapshot, the version list and
 * the catalogue in one transaction: all of it lands or none of it does.
 */
function writeTransaction(objects: IDBObjectStore, id: string, design: Design, text: string, base: number | undefined, savedAt: number, fold: boolean): Promise<SaveResult> {
  return new Promise((resolve, reject) => {
    const transaction = objects.transaction;
    let result: SaveResult | undefined;
    const fail = (error: unknown) => {
      try {
        transaction.abort();
      } catch {
        // Already finished; the abort or error handler reports it.
      }
      reject(error);
    };
    transaction.oncomplete = () => resolve(result ?? { ok: false, failure: { type: 'storage', reason: 'the write did not finish' } });
    transaction.onabort = () => reject(transaction.error ?? new Error('the write was aborted'));
    transaction.onerror = () => reject(transaction.error ?? new Error('the write failed'));
    // Libraries written before heads existed have only the record to read the version from.
    const readStored = (then: (stored: RecordVersion | undefined) => void) => {
      const head = objects.get(headKey(id));
      head.onsuccess = () => {
        if (head.result !== undefined) return then(head.result as RecordVersion);
        const current = objects.get(designKey(id));
        current.onsuccess = () => then(asRecord(current.result));
      };
    };
    try {
      readStored((stored) => {
        try {
          if (stored && base !== undefined && stored.version > base) {
            result = { ok: false, failure: { type: 'conflict', stored: { version: stored.version, writer: stored.writer }, base } };
            return;
          }
          const version = (stored?.version ?? 0) + 1;
          const record: StoredRecord = { kind: 'design-record', version, writer: TAB_ID, savedAt, design: text };
          objects.put({ version, writer: TAB_ID } satisfies RecordVersion, headKey(id));
          // Each copy of a large design is stored in its own task, so the two do not add up.
          objects.put(record, designKey(id)).onsuccess = () => {
            try {
              objects.put(text, versionKey(id, version));
            } catch (error) {
              fail(error);
            }
          };
          const list = objects.get(versionsKey(id));
          list.onsuccess = () => {
            try {
              const all = ((list.result as SavedVersion[] | undefined) ?? []).filter((v) => v.version !== version);
              const folded = fold ? foldTarget(all, savedAt, TAB_ID) : undefined;
              const before = folded ? all.filter((v) => v !== folded) : all;
              if (folded) objects.delete(versionKey(id, folded.version));
              const stamp: SavedVersion = {
                version,
                writer: TAB_ID,
                savedAt,
                startedAt: folded ? (folded.startedAt ?? folded.savedAt) : savedAt,
                name: design.name,
                resourceCount: design.resources.length,
              };
              const kept = retainVersions([...before, stamp], savedAt);
              const keep = new Set(kept.map((v) => v.version));
              for (const old of before) if (!keep.has(old.version)) objects.delete(versionKey(id, old.version));
              objects.put(kept, versionsKey(id));
            } catch (error) {
              fail(error);
            }
          };
          const catalogue = objects.get(CATALOGUE);
          catalogue.onsuccess = () => {
            try {
              const entries = (catalogue.result as DesignEntry[] | undefined) ?? [];
              const entry: DesignEntry = { id, name: design.name, updatedAt: savedAt };
              objects.put([entry, ...entries.filter((e) => e.id !== id)], CATALOGUE);
            } catch (error) {
              fail(error);
            }
          };
          result = { ok: true, version };
        } catch (error) {
          fail(error);
        }
      });
    } catch (error) {
      fail(error);
    }
  });
}

/** Designs whose next save starts a version of its own rather than folding into the newest. */
const unfolded = new Set<string>();

/**
 * The next save of this design is a version of its own, so the newest version stays as it
 * is in History (a restore keeps the state it replaces). `false` takes that back.
 */
export function startNewVersion(id: string, start = true): void {
  if (start) unfolded.add(id);
  else unfolded.delete(id);
}

/**
 * Saves a design. `base` is the version the change started from (undefined: write whatever
 * is stored, for a design this tab just created). Never throws: a refusal, a storage error
 * or a read-back that does not match comes back as a typed failure.
 */
export async function saveDesign(id: string, design: Design, base: number | undefined = knownVersion(id)): Promise<SaveResult> {
  let result: SaveResult;
  let text: string;
  try {
    text = designText(design);
    result = await store('readwrite', (objects) => writeTransaction(objects, id, design, text, base, Date.now(), !unfolded.has(id)));
  } catch (error) {
    const failure: SaveFailure = error instanceof StorageUnavailableError ? { type: 'unavailable', reason: error.message } : { type: 'storage', reason: describe(error) };
    return { ok: false, failure };
  }
  if (!result.ok) return result;
  unfolded.delete(id);
  try {
    const back = asRecord(await get<unknown>(designKey(id), store));
    // A newer version from another writer is not this write failing; the next write will see it.
    const matches = back !== undefined && (back.version > result.version || (back.version === result.version && back.design === text));
    if (!matches) return { ok: false, failure: { type: 'mismatch' } };
  } catch (error) {
    return { ok: false, failure: { type: 'storage', reason: describe(error) } };
  }
  // A write made as the page was hidden may already have gone past this one.
  rememberVersion(id, Math.max(result.version, knownVersion(id) ?? 0));
  return result;
}

/**
 * A change saved as its page closed is written now, on the version it was made on; if the
 * library moved past that version meanwhile, the change is stale and dropped.
 */
async function applyRescue(id: string): Promise<void> {
  const rescued = await readRescue(id);
  if (!rescued) return;
  const stored = asRecord(await get<unknown>(designKey(id), store));
  const parsed = parseDesignValue(storedValue(rescued.design));
  let done = true;
  const current = stored?.version ?? 0;
  const onTop = current <= rescued.base || (current === rescued.base + 1 && stored?.writer === rescued.writer);
  if (parsed.ok && onTop) done = (await saveDesign(id, parsed.design, stored?.version ?? 0)).ok;
  if (done) await forgetRescue(id);
}

/** Saved versions of a design, newest first. */
export async function listVersions(id: string): Promise<SavedVersion[]> {
  const versions = (await get<SavedVersion[]>(versionsKey(id), store)) ?? [];
  return versions.slice().sort((a, b) => b.version - a.version);
}

/** One saved version, read through the parser. */
export async function loadVersion(id: string, version: number): Promise<Design | undefined> {
  const raw = await get<unknown>(versionKey(id, version), store);
  if (raw === undefined) return undefined;
  const parsed = parseDesignValue(storedValue(raw));
  return parsed.ok ? parsed.design : undefined;
}

export async function deleteDesign(id: string): Promise<void> {
  for (const saved of await listVersions(id)) await del(versionKey(id, saved.version), store);
  await del(versionsKey(id), store);
  await del(headKey(id), store);
  await del(designKey(id), store);
  rememberVersion(id, undefined);
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
