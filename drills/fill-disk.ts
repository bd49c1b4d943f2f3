import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Appends to a file in the folder until its filesystem has no byte left, in smaller and smaller
 * pieces so that the last bytes are taken too; returns that file, whose removal frees the space.
 */
export async function fillDisk(dir: string): Promise<string> {
  const filler = join(dir, 'filler');
  for (const size of [256 * 1024, 4096, 512, 1]) {
    const chunk = Buffer.alloc(size, 0x61);
    for (;;) {
      try {
        await appendFile(filler, chunk);
      } catch {
        break;
      }
    }
  }
  return filler;
}
