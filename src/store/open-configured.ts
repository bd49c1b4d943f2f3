import { resolve } from 'node:path';
import { lockDataDir } from './data-dir-lock.js';
import type { StorageEngine } from './engine.js';
import { checkEmbeddedDataFolder } from './engines/embedded.js';
import { openEngine } from './open-store.js';

export interface StoreLocation {
  DUO_DATA_DIR: string;
  MONGODB_URI?: string | undefined;
  MONGODB_DATABASE?: string | undefined;
}

export type OpenedStore =
  | {
      ok: true;
      engine: StorageEngine;
      /** Closes the engine, then lets another process have the data folder. */
      close: () => Promise<void>;
    }
  /** `locked`: another process has the data folder; `unreadable`: the folder or its database file is not usable. */
  | { ok: false; reason: string; cause: 'locked' | 'unreadable' };

/**
 * The store the configuration names: MongoDB when a URI is given, otherwise the embedded store in
 * the data folder, locked to this process and checked before it is opened, so that a second
 * process or a broken file is refused with a reason instead of an error half-way.
 */
export async function openConfiguredStore(config: StoreLocation): Promise<OpenedStore> {
  if (config.MONGODB_URI) {
    const engine = await openEngine({
      kind: 'mongodb',
      uri: config.MONGODB_URI,
      ...(config.MONGODB_DATABASE ? { database: config.MONGODB_DATABASE } : {}),
    });
    return { ok: true, engine, close: () => engine.close() };
  }
  const dataDir = resolve(config.DUO_DATA_DIR);
  const lock = await lockDataDir(dataDir);
  if (!lock.ok) return { ok: false, reason: lock.reason, cause: 'locked' };
  const file = checkEmbeddedDataFolder(dataDir);
  if (!file.ok) {
    await lock.release();
    return { ok: false, reason: file.reason, cause: 'unreadable' };
  }
  try {
    const engine = await openEngine({ kind: 'embedded', dataDir });
    return {
      ok: true,
      engine,
      close: async () => {
        try {
          await engine.close();
        } finally {
          await lock.release();
        }
      },
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}
