import type { DocumentCollection } from '../collection.js';

/** Whether one booked person came to one information session, as staff marked it afterwards. */
export interface AttendanceDoc {
  /** `<session id>:<person id>`. */
  _id: string;
  sessionId: string;
  personId: string;
  city: string;
  sessionStartsAt: Date;
  attended: boolean;
  markedAt: Date;
  markedBy: string;
}

export interface AttendanceRepository {
  ensureIndexes(): Promise<void>;
  mark(entries: Omit<AttendanceDoc, '_id'>[]): Promise<void>;
  forSession(sessionId: string): Promise<AttendanceDoc[]>;
  /** Marked as present, in sessions that started in [from, to). */
  attendedBetween(query: { from: Date; to: Date }): Promise<AttendanceDoc[]>;
  forPerson(personId: string): Promise<AttendanceDoc[]>;
  eraseForPerson(personId: string): Promise<void>;
}

export function createAttendanceRepository(attendance: DocumentCollection<AttendanceDoc>): AttendanceRepository {
  return {
    async ensureIndexes() {
      await attendance.createIndex({ fields: { sessionId: 1 } });
      await attendance.createIndex({ fields: { personId: 1 } });
    },
    async mark(entries) {
      for (const entry of entries) {
        await attendance.updateOne(
          { _id: `${entry.sessionId}:${entry.personId}` },
          { $set: { ...entry } },
          { upsert: true },
        );
      }
    },
    forSession: (sessionId) => attendance.find({ sessionId }),
    attendedBetween: ({ from, to }) =>
      attendance.find({ attended: true, sessionStartsAt: { $gte: from, $lt: to } }, { sort: { sessionStartsAt: 1 } }),
    forPerson: (personId) => attendance.find({ personId }),
    async eraseForPerson(personId) {
      await attendance.deleteMany({ personId });
    },
  };
}
