import type { AlertRule } from '../programme/index.js';
import type { AlertEvidence } from '../store/repositories/alerts.js';
import type { CheckinDoc } from '../store/repositories/checkins.js';
import type { DuoRole } from '../store/repositories/duos.js';

/** An alert a rule found in a duo's check-ins; its key makes the same evidence raise it once. */
export interface FoundAlert {
  rule: AlertRule;
  role: DuoRole;
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

/** Runs of consecutive weeks that satisfy `test`, at least `length` long. */
function streaks(weekly: CheckinDoc[], test: (checkin: CheckinDoc) => boolean, length: number): CheckinDoc[][] {
  const found: CheckinDoc[][] = [];
  let run: CheckinDoc[] = [];
  for (const checkin of weekly) {
    const previous = run.at(-1);
    if (test(checkin) && (previous === undefined || previous.week === checkin.week - 1)) run.push(checkin);
    else run = test(checkin) ? [checkin] : [];
    if (run.length === length) found.push([...run]);
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
