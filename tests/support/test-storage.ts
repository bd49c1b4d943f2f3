import { basename } from 'node:path';
import type { StorageEngine } from '../../src/store/index.js';
import { createEmbeddedEngine } from '../../src/store/engines/embedded.js';
import { createMongoEngine } from '../../src/store/engines/mongodb.js';

/**
 * The storage a test instance runs on: the embedded engine in `dataDir`, or, when MONGODB_URI is
 * set (the MongoDB workflow), a database named after that folder, so that a restarted instance
 * on the same folder finds the same data.
 */
export async function openTestStorage(dataDir: string): Promise<StorageEngine> {
  const uri = process.env.MONGODB_URI;
  if (!uri) return createEmbeddedEngine({ dataDir });
  return createMongoEngine({ uri, database: basename(dataDir).replace(/[^A-Za-z0-9_-]/g, '_') });
}
