/**
 * Whether an error says the store could not do its work right now (a full or read-only disk, an
 * I/O error, a busy or locked database, a lost connection) rather than that the work was wrong.
 * Such a failure says nothing about the message being handled: it is retried once the store
 * recovers and never counted against the message.
 */
export function isStorageFault(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth += 1) {
    if (current instanceof StoreUnavailableError) return true;
    const code = 'code' in current && typeof current.code === 'string' ? current.code : '';
    if (FAULT_CODES.has(code) || SQLITE_FAULT.test(code)) return true;
    if (MONGO_FAULT.test(current.name)) return true;
    current = current.cause;
  }
  return false;
}

/** Thrown by a store (or a wrapper around one) that knows it cannot take writes now. */
export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

const FAULT_CODES = new Set([
  'ENOSPC',
  'EDQUOT',
  'EIO',
  'EROFS',
  'EBUSY',
  'EAGAIN',
  'EMFILE',
  'ENFILE',
  'EACCES',
  'EPERM',
]);
const SQLITE_FAULT = /^SQLITE_(BUSY|LOCKED|FULL|IOERR|READONLY|CANTOPEN|PROTOCOL|NOLFS)/;
const MONGO_FAULT = /^Mongo(Network|NetworkTimeout|ServerSelection|NotConnected|WriteConcern|Topology\w*)Error$/;
