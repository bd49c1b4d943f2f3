import type { AlertRule } from '../programme/index.js';
import type { AlertEvidence } from '../store/repositories/alerts.js';
import type { CheckinDoc } from '../store/repositories/checkins.js';
import type { DuoRole } from '../store/repositories/duos.js';

/** An alert a rule found in a duo's check-ins; its key makes the same evidence raise it once. */
export interface FoundAlert {
  rule: AlertRule;
  /** `both` for a rule that compares the two members' answers. */
  role: DuoRole | 'both';
  /** The first week of the evidence. */
  week: number;
  personId: string | null;
  evidence: AlertEvidence;
}

/** Lower case, accents and Arabic vowel marks removed: how notes and words are compared. */
export function normalizeWords(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The distress or conflict words of any language found in the text, as whole words. */
export function findWords(text: string, words: readonly string[]): string[] {
  const normalized = normalizeWords(text);
  return words.filter((word) => {
    const form = normalizeWords(word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<![\\p{L}\\p{N}])${form}(?![\\p{L}\\p{N}])`, 'u').test(normalized);
  });
}

/**
 * Runs of `length` consecutive weeks that satisfy `test`. A longer run counts once per full
 * `length` weeks: weeks 3–4 are one piece of evidence, weeks 5–6 of the same run a new one.
 */
function streaks(weekly: CheckinDoc[], test: (checkin: CheckinDoc) => boolean, length: number): CheckinDoc[][] {
  const found: CheckinDoc[][] = [];
  let run: CheckinDoc[] = [];
  let previousWeek: number | null = null;
  for (const checkin of weekly) {
    const continues = previousWeek === checkin.week - 1;
    previousWeek = test(checkin) ? checkin.week : null;
    if (!test(checkin)) {
      run = [];
      continue;
    }
    run = continues ? [...run, checkin] : [checkin];
    if (run.length === length) {
      found.push(run);
      run = [];
    }
  }
  return found;
}

function freeTexts(checkin: CheckinDoc): string {
  const comment = checkin.survey?.comment;
  return [checkin.notMetDetail, checkin.note, typeof comment === 'string' ? comment : null]
    .filter((text): text is string => text !== null)
    .join('\n');
}

/**
 * Every alert the rules find in one member's check-ins (sorted by week). Pure: the caller stores
 * each under its key, so running this again after every answer raises nothing twice.
 */
export function findAlerts(input: {
  rules: readonly AlertRule[];
  role: DuoRole;
  checkins: readonly CheckinDoc[];
  distressWords: readonly string[];
}): FoundAlert[] {
  const { role } = input;
  const weekly = input.checkins.filter((checkin) => checkin.kind === 'weekly').sort((a, b) => a.week - b.week);
  const found: FoundAlert[] = [];
  const add = (rule: AlertRule, checkins: CheckinDoc[], evidence: AlertEvidence): void => {
    const first = checkins[0];
    if (first) found.push({ rule, role, week: first.week, personId: first.personId, evidence });
  };
  for (const rule of input.rules) {
    switch (rule.kind) {
      case 'noMeetingStreak':
        for (const run of streaks(weekly, (c) => c.met === 'no', rule.weeks)) {
          add(rule, run, { weeks: run.map((c) => c.week), met: run.map((c) => c.met) });
        }
        break;
      case 'unansweredStreak':
        for (const run of streaks(weekly, (c) => c.status === 'unanswered', rule.weeks)) {
          add(rule, run, { weeks: run.map((c) => c.week) });
        }
        break;
      case 'lowRating':
        for (const checkin of weekly) {
          if (checkin.rating !== null && checkin.rating <= rule.atMost) {
            add(rule, [checkin], { weeks: [checkin.week], rating: checkin.rating });
          }
        }
        break;
      case 'distressWords':
        for (const checkin of weekly) {
          const text = freeTexts(checkin);
          const words = text === '' ? [] : findWords(text, input.distressWords);
          if (words.length > 0) add(rule, [checkin], { weeks: [checkin.week], words, note: text });
        }
        break;
      case 'membersDisagree':
        // Compares both members: see findDuoAlerts.
        break;
      case 'wantsToStop':
        for (const checkin of weekly) {
          const reason =
            checkin.notMetReason === 'wantsToStop'
              ? 'wantsToStop'
              : checkin.survey?.continue === 'no'
                ? 'doesNotWantToContinue'
                : null;
          if (reason) add(rule, [checkin], { weeks: [checkin.week], reason });
        }
        break;
    }
  }
  return found;
}

const metAtAll = (met: CheckinDoc['met']): boolean | null => (met === null ? null : met !== 'no');

/** Weeks in which one member says the duo met (in person or remotely) and the other that it did not. */
function findDisagreements(rule: AlertRule, checkins: readonly CheckinDoc[]): FoundAlert[] {
  const weekly = checkins.filter((checkin) => checkin.kind === 'weekly');
  const found: FoundAlert[] = [];
  for (const mentee of weekly.filter((checkin) => checkin.role === 'mentee')) {
    const mentor = weekly.find((checkin) => checkin.role === 'mentor' && checkin.week === mentee.week);
    const menteeMet = metAtAll(mentee.met);
    const mentorMet = mentor ? metAtAll(mentor.met) : null;
    if (!mentor || menteeMet === null || mentorMet === null || menteeMet === mentorMet) continue;
    found.push({
      rule,
      role: 'both',
      week: mentee.week,
      personId: null,
      evidence: { weeks: [mentee.week], met: [mentee.met, mentor.met] },
    });
  }
  return found.sort((a, b) => a.week - b.week);
}

/**
 * Every alert the rules find in a duo's check-ins: each member's own, then those comparing the two
 * members (evidence `met` is [mentee's answer, mentor's answer]). Pure, like findAlerts.
 */
export function findDuoAlerts(input: {
  rules: readonly AlertRule[];
  checkins: readonly CheckinDoc[];
  distressWords: readonly string[];
}): FoundAlert[] {
  const roles: DuoRole[] = ['mentee', 'mentor'];
  const perMember = roles.flatMap((role) =>
    findAlerts({
      rules: input.rules,
      role,
      checkins: input.checkins.filter((checkin) => checkin.role === role),
      distressWords: input.distressWords,
    }),
  );
  const compared = input.rules.flatMap((rule) =>
    rule.kind === 'membersDisagree' ? findDisagreements(rule, input.checkins) : [],
  );
  return [...perMember, ...compared];
}

/** The alert's key: the same evidence (duo, rule, member, first week) is stored once, new evidence again. */
export const alertKey = (duoId: string, alert: FoundAlert): string =>
  `${duoId}:${alert.rule.id}:${alert.role}:${String(alert.week)}`;
