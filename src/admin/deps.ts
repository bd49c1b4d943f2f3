import type { DuoBot } from '../app.js';
import type { Clock } from '../bot/clock.js';
import type { Programme } from '../programme/index.js';
import type { DocumentCollection } from '../store/collection.js';
import type { AttendanceRepository } from '../store/repositories/attendance.js';
import type { AuditRepository } from '../store/repositories/audit.js';
import type { InfoSessionDoc } from '../store/repositories/sessions.js';
import type { StaffDoc, StaffRepository } from '../store/repositories/staff.js';
import type { Authenticator } from './auth.js';

/** What every admin route may use. */
export interface AdminDeps {
  bot: DuoBot;
  programme: Programme;
  clock: Clock;
  staff: StaffRepository;
  audit: AuditRepository;
  attendance: AttendanceRepository;
  /** The information sessions' documents, for what only staff change (edit, cancel). */
  sessionDocs: DocumentCollection<InfoSessionDoc>;
  auth: Authenticator;
  newId: () => string;
  /** Writes one audit entry: who, what, when, on which record. */
  record(entry: { staff: StaffDoc; action: string; targetId?: string | null; detail?: AuditDetail }): Promise<void>;
}

export type AuditDetail = Record<string, string | number | boolean | null>;
