/**
 * The last change of a page that is going away. A normal save reads before it writes, and a
 * closing page may be gone before the read comes back; so on pagehide the pending change is
 * put, in one request, into a database of its own (a write under way in the library cannot
 * hold it up). The next load applies it through the normal versioned save, unless the
 * library already holds something newer.
 */
const DATABASE = 'landing-zone-studio-rescue';
const STORE = 'pending';

export interface RescuedChange {
  /** The design as it was, as JSON text (an object from earlier builds): it goes through the parser before use. */
  readonly design: unknown;
  /** The library version this change was made on. */
  readonly base: number;
  /** The tab that made it; a write of that tab's still under way may have taken base + 1. */
  readonly writer: string;
}

let database: IDBDatabase | undefined;
let opening: Promise<IDBDatabase | undefined> | undefined;

/** Opens the rescue database ahead of time, so a closing page can write at once. */
export function openRescue(): Promise<IDBDatabase | undefined> {
  opening ??= new Promise((resolve) => {
    // Storage that could not be opened is tried again by the next call.
    const without = () => {
      opening = undefined;
      resolve(undefined);
    };
    if (typeof indexedDB === 'undefined') return without();
    try {
      const request = indexedDB.open(DATABASE, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve((database = request.result));
      request.onerror = without;
      request.onblocked = without;
    } catch {
      without();
    }
  });
  return opening;
}

/** Writes synchronously from a pagehide handler; false when that was not possible. */
export function writeRescue(id: string, change: RescuedChange): boolean {
  if (!database) return false;
  try {
    const transaction = database.transaction(STORE, 'readwrite');
    transaction.objectStore(STORE).put(change, id);
    // Commit now rather than when the task ends: the page may be gone by then.
    transaction.commit?.();
    return true;
  } catch {
    return false;
  }
}

function request<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> {
  return openRescue().then(
    (db) =>
      new Promise<T | undefined>((resolve) => {
        if (!db) return resolve(undefined);
        try {
          const req = run(db.transaction(STORE, mode).objectStore(STORE));
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => resolve(undefined);
        } catch {
          resolve(undefined);
        }
      }),
  );
}

export const readRescue = (id: string): Promise<RescuedChange | undefined> =>
  request<RescuedChange | undefined>('readonly', (store) => store.get(id) as IDBRequest<RescuedChange | undefined>);

export const forgetRescue = (id: string): Promise<unknown> => request('readwrite', (store) => store.delete(id));
