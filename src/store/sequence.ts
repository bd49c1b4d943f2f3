/**
 * Sortable, strictly increasing identifiers (as strings, so both engines sort them alike):
 * arrival order of inbound messages and the order of a conversation's outbound messages.
 */
export function createSequence(): (nowMs: number) => string {
  let last = 0;
  return (nowMs) => {
    last = Math.max(nowMs * 1000, last + 1);
    return last.toString(36).padStart(12, '0');
  };
}
