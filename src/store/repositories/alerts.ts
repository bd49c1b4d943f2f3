import type { DocumentCollection } from '../collection.js';
import { DuplicateKeyError } from '../collection.js';
import type { DuoRole } from './duos.js';

export type AlertSeverity = 'safety' | 'urgent' | 'watch';
export type AlertState = 'open' | 'acknowledged' | 'resolved';

/** Why the rule fired: the weeks and answers it read (no free text once the member is erased). */
export interface AlertEvidence {
  weeks: number[];
  met?: (string | null)[];
  rating?: number;
  words?: string[];
  note?: string | null;
  reason?: string;
}

export interface AlertDoc {
  /** `duoId:ruleId:role:week` (the first week of the evidence): the same evidence raises it once. */
  _id: string;
  duoId: string;
  city: string;
  referentId: string;
  ruleId: string;
  severity: AlertSeverity;
  role: DuoRole | 'both';
  week: number;
  personId: string | null;
  evidence: AlertEvidence;
  state: AlertState;
  createdAt: Date;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
  resolvedAt: Date | null;
  resolvedBy: string | null;
}

export interface AlertsRepository {
  ensureIndexes(): Promise<void>;
  /** Stores the alert unless it exists; true when it is new. */
  raise(alert: AlertDoc): Promise<boolean>;
  list(filter: { duoId?: string; referentId?: string; state?: AlertState }): Promise<AlertDoc[]>;
  /** Moves an alert forward (open → acknowledged → resolved); null when unknown or already there. */
  advance(input: { id: string; to: 'acknowledged' | 'resolved'; by: string; now: Date }): Promise<AlertDoc | null>;
  redactForPerson(personId: string): Promise<void>;
}

export function createAlertsRepository(alerts: DocumentCollection<AlertDoc>): AlertsRepository {
  return {
    async ensureIndexes() {
      await alerts.createIndex({ fields: { duoId: 1 } });
      await alerts.createIndex({ fields: { referentId: 1 }, serverOnly: true });
      await alerts.createIndex({ fields: { personId: 1 }, sparse: true });
    },
    async raise(alert) {
      try {
        await alerts.insertOne(alert);
        return true;
      } catch (error) {
        if (error instanceof DuplicateKeyError) return false;
        throw error;
      }
    },
    list: ({ duoId, referentId, state }) =>
      alerts.find(
        {
          ...(duoId === undefined ? {} : { duoId }),
          ...(referentId === undefined ? {} : { referentId }),
          ...(state === undefined ? {} : { state }),
        },
        { sort: { createdAt: 1 } },
      ),
    advance: ({ id, to, by, now }) =>
      alerts.findOneAndUpdate(
        { _id: id, state: { $in: to === 'acknowledged' ? ['open'] : ['open', 'acknowledged'] } },
        {
          $set:
            to === 'acknowledged'
              ? { state: to, acknowledgedAt: now, acknowledgedBy: by }
              : { state: to, resolvedAt: now, resolvedBy: by },
        },
      ),
    async redactForPerson(personId) {
      await alerts.updateMany({ personId }, { $set: { personId: null, 'evidence.note': null } });
    },
  };
}
