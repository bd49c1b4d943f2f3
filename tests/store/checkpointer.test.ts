import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmbeddedEngine } from '../../src/store/engines/embedded.js';
import { tempDir } from '../support/temp-dir.js';

const FILE = 'duo-bot.sqlite';

async function waitFor(condition: () => Promise<boolean>, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return condition();
}

describe('the checkpointer thread', () => {
  it('copies committed pages into the database file while the store stays open, and stops with it', async () => {
    const dataDir = await tempDir();
    const engine = createEmbeddedEngine({ dataDir });
    const docs = engine.collection<{ _id: string; text: string }>('notes');
    const before = (await stat(join(dataDir, FILE))).size;
    // About 300 pages: far below the writer's own checkpoint, so only the thread copies them.
    for (let n = 0; n < 20; n += 1) {
      await docs.insertManyIgnoringDuplicates(
        Array.from({ length: 50 }, (_, i) => ({ _id: `${n}-${i}`, text: `note ${n}-${i} `.repeat(100) })),
      );
    }
    const grown = await waitFor(async () => (await stat(join(dataDir, FILE))).size > before + 500_000, 5000);
    expect(grown).toBe(true);
    expect(await docs.countDocuments({})).toBe(1000);
    await engine.close();
    const reopened = createEmbeddedEngine({ dataDir });
    expect(await reopened.collection('notes').countDocuments({})).toBe(1000);
    await reopened.close();
  });
});
