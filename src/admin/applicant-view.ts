import type { ApplicationDoc } from '../store/repositories/applications.js';
import type { ConversationDoc, PersonDoc } from '../store/index.js';
import type { StaffDoc } from '../store/repositories/staff.js';
import { z } from 'zod';
import type { AdminDeps } from './deps.js';
import { canSeeCity, shownAddress } from './scope.js';

export const applicantSchema = z
  .object({
    id: z.string(),
    firstName: z.string().nullable(),
    role: z.string().nullable(),
    city: z.string().nullable(),
    status: z.string().nullable(),
    ineligibleReason: z.string().nullable(),
    language: z.string().nullable(),
    channel: z.string().nullable(),
    phone: z.string().nullable().describe('masked for referents'),
    appliedAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime().nullable(),
    flags: z.object({ handoff: z.boolean(), stopped: z.boolean(), deliveryFailure: z.boolean() }),
  })
  .meta({ id: 'Applicant' });

export type ApplicantView = z.infer<typeof applicantSchema>;

/** Everything staff read about one person, gathered from the repositories. */
export interface ApplicantRecords {
  id: string;
  person: PersonDoc | null;
  application: ApplicationDoc | null;
  conversation: ConversationDoc | null;
}

/** The person's records, or null when they do not exist or lie outside the caller's cities (both answer 404). */
export async function loadApplicant(deps: AdminDeps, staff: StaffDoc, id: string): Promise<ApplicantRecords | null> {
  const [person, application, conversation] = await Promise.all([
    deps.bot.store.people.get(id),
    deps.bot.store.applications.get(id),
    deps.bot.store.conversations.get(id),
  ]);
  if (!person && !application) return null;
  if (!canSeeCity(staff, application?.city ?? null)) return null;
  return { id, person, application, conversation };
}

export function viewApplicant(staff: StaffDoc, records: ApplicantRecords): ApplicantView {
  const { person, application, conversation } = records;
  const firstName = application?.answers.firstName;
  return {
    id: records.id,
    firstName: typeof firstName === 'string' ? firstName : null,
    role: application?.role ?? null,
    city: application?.city ?? null,
    status: application?.status ?? null,
    ineligibleReason: application?.ineligibleReason ?? null,
    language: person?.language ?? null,
    channel: person?.channel ?? null,
    phone: person ? shownAddress(staff, person.address) : null,
    appliedAt: (application?.createdAt ?? person?.createdAt)?.toISOString() ?? null,
    updatedAt: application?.updatedAt.toISOString() ?? null,
    flags: {
      handoff: Boolean(conversation?.handoff),
      stopped: Boolean(person?.optedOutAt),
      deliveryFailure: Boolean(conversation?.deliveryFailure),
    },
  };
}
