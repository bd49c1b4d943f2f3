/**
 * A sorted list kept in chunks of a few hundred entries: an insert or a delete moves the entries of
 * one chunk only. One sorted array moved every entry after the position, and an index whose first
 * field is a state keeps every `sent` reply or `scheduled` job in one such list.
 */
export class SortedEntries<T> {
  private readonly chunks: T[][] = [];
  private count = 0;

  constructor(
    private readonly compare: (left: T, right: T) => number,
    private readonly chunkSize = 256,
  ) {}

  get size(): number {
    return this.count;
  }

  insert(entry: T): void {
    const index = this.chunkFor(entry);
    const chunk = this.chunks[index];
    if (!chunk) {
      this.chunks.push([entry]);
      this.count += 1;
      return;
    }
    chunk.splice(this.position(chunk, entry), 0, entry);
    this.count += 1;
    if (chunk.length > 2 * this.chunkSize) this.chunks.splice(index + 1, 0, chunk.splice(this.chunkSize));
  }

  /** Removes the entry equal to this one; false when there is none. */
  delete(entry: T): boolean {
    const index = this.chunkFor(entry);
    const chunk = this.chunks[index];
    if (!chunk) return false;
    const at = this.position(chunk, entry);
    const found = chunk[at];
    if (found === undefined || this.compare(found, entry) !== 0) return false;
    chunk.splice(at, 1);
    this.count -= 1;
    if (chunk.length === 0) this.chunks.splice(index, 1);
    return true;
  }

  /** The entries from the first one not below `lowest`, in order. */
  *from(lowest: T): Generator<T> {
    let index = this.chunkFor(lowest);
    const first = this.chunks[index];
    if (!first) return;
    let at = this.position(first, lowest);
    for (; index < this.chunks.length; index += 1, at = 0) {
      const chunk = this.chunks[index] ?? [];
      for (; at < chunk.length; at += 1) {
        const entry = chunk[at];
        if (entry !== undefined) yield entry;
      }
    }
  }

  *[Symbol.iterator](): Generator<T> {
    for (const chunk of this.chunks) yield* chunk;
  }

  /** The first chunk whose last entry is not below the entry (the last chunk when there is none). */
  private chunkFor(entry: T): number {
    let low = 0;
    let high = this.chunks.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const last = this.chunks[middle]?.at(-1);
      if (last !== undefined && this.compare(last, entry) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private position(chunk: T[], entry: T): number {
    let low = 0;
    let high = chunk.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const probe = chunk[middle];
      if (probe !== undefined && this.compare(probe, entry) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
