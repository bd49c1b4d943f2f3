import { describe, expect, it } from 'vitest';
import { findAlerts, findDuoAlerts, findWords } from '../../src/duos/alert-rules.js';
import type { AlertRule } from '../../src/programme/index.js';
import type { CheckinDoc } from '../../src/store/repositories/checkins.js';

const week = (n: number, fields: Partial<CheckinDoc> = {}): CheckinDoc => ({
  _id: `duo-1:mentee:${n}`,
  duoId: 'duo-1',
  role: 'mentee',
  personId: 'person-1',
  city: 'brussels',
  kind: 'weekly',
  week: n,
  status: 'answered',
  reason: null,
  mergedInto: null,
  askedAt: new Date('2031-03-10T17:00:00Z'),
  answeredAt: new Date('2031-03-10T17:05:00Z'),
  met: 'yes',
  notMetReason: null,
  notMetDetail: null,
  rating: 4,
  note: null,
  survey: null,
  outcome: null,
  updatedAt: new Date('2031-03-10T17:05:00Z'),
  ...fields,
});

const rules: Record<AlertRule['kind'], AlertRule> = {
  noMeetingStreak: { id: 'no-meeting-two-weeks', kind: 'noMeetingStreak', weeks: 2, severity: 'urgent' },
  lowRating: { id: 'low-rating', kind: 'lowRating', atMost: 2, severity: 'watch' },
  unansweredStreak: { id: 'unanswered-two-weeks', kind: 'unansweredStreak', weeks: 2, severity: 'watch' },
  distressWords: { id: 'distress-words', kind: 'distressWords', severity: 'safety' },
  wantsToStop: { id: 'wants-to-stop', kind: 'wantsToStop', severity: 'urgent' },
  membersDisagree: { id: 'members-disagree', kind: 'membersDisagree', severity: 'watch' },
};

const run = (rule: AlertRule, checkins: CheckinDoc[]) =>
  findAlerts({ rules: [rule], role: 'mentee', checkins, distressWords: ['harcèlement', 'bang', 'تهديد'] }).map(
    (alert) => ({ week: alert.week, evidence: alert.evidence }),
  );

describe('alert rules', () => {
  it('fires once when the duo did not meet two weeks in a row, even when a third follows', () => {
    const checkins = [week(1), week(2, { met: 'no' }), week(3, { met: 'no' }), week(4, { met: 'no' })];
    expect(run(rules.noMeetingStreak, checkins)).toEqual([{ week: 2, evidence: { weeks: [2, 3], met: ['no', 'no'] } }]);
  });

  it('fires again for each further two weeks without a meeting in the same run', () => {
    const checkins = [2, 3, 4, 5, 6].map((n) => week(n, { met: 'no' }));
    expect(run(rules.noMeetingStreak, checkins).map((alert) => alert.evidence.weeks)).toEqual([
      [2, 3],
      [4, 5],
    ]);
  });

  it('compares the two members of a week: met against did not meet, in either order', () => {
    const mentor = (n: number, fields: Partial<CheckinDoc>): CheckinDoc => ({
      ...week(n, fields),
      _id: `duo-1:mentor:${String(n)}`,
      role: 'mentor',
      personId: 'person-2',
    });
    const found = findDuoAlerts({
      rules: [rules.membersDisagree],
      distressWords: [],
      checkins: [
        week(1, { met: 'yes' }),
        mentor(1, { met: 'no' }),
        week(2, { met: 'no' }),
        mentor(2, { met: 'remote' }),
        week(3, { met: 'no' }),
        mentor(3, { met: 'no' }),
        week(4, { met: 'yes' }),
        mentor(4, { status: 'unanswered', met: null }),
      ],
    });
    expect(found.map((alert) => [alert.role, alert.week, alert.evidence.met])).toEqual([
      ['both', 1, ['yes', 'no']],
      ['both', 2, ['no', 'remote']],
    ]);
  });

  it('does not fire for two weeks without a meeting that are not in a row', () => {
    const checkins = [week(1, { met: 'no' }), week(2, { met: 'remote' }), week(3, { met: 'no' })];
    expect(run(rules.noMeetingStreak, checkins)).toEqual([]);
  });

  it('fires on a rating of 2 or less, and not on 3', () => {
    expect(run(rules.lowRating, [week(1, { rating: 3 }), week(2, { rating: 2 })])).toEqual([
      { week: 2, evidence: { weeks: [2], rating: 2 } },
    ]);
  });

  it('fires after two unanswered weeks in a row, and not when an answered week sits between', () => {
    expect(run(rules.unansweredStreak, [week(1, { status: 'unanswered' }), week(2, { status: 'unanswered' })])).toEqual(
      [{ week: 1, evidence: { weeks: [1, 2] } }],
    );
    const between = [week(1, { status: 'unanswered' }), week(2), week(3, { status: 'unanswered' })];
    expect(run(rules.unansweredStreak, between)).toEqual([]);
  });

  it('fires on a distress word in a note in any language, accents aside, and not on a word that only contains it', () => {
    expect(run(rules.distressWords, [week(1, { note: 'Il y a eu du HARCELEMENT au travail' })])).toEqual([
      { week: 1, evidence: { weeks: [1], words: ['harcèlement'], note: 'Il y a eu du HARCELEMENT au travail' } },
    ]);
    expect(run(rules.distressWords, [week(2, { note: 'وصلني تهديد' })])).toHaveLength(1);
    expect(run(rules.distressWords, [week(3, { note: 'We gingen naar Bangkok' })])).toEqual([]);
  });

  it('fires when a member says they want to stop, and not for another reason', () => {
    expect(run(rules.wantsToStop, [week(1, { met: 'no', notMetReason: 'wantsToStop' })])).toEqual([
      { week: 1, evidence: { weeks: [1], reason: 'wantsToStop' } },
    ]);
    expect(run(rules.wantsToStop, [week(1, { met: 'no', notMetReason: 'busy' })])).toEqual([]);
  });

  it('matches whole words only', () => {
    expect(findWords('bang!', ['bang'])).toEqual(['bang']);
    expect(findWords('bangalore', ['bang'])).toEqual([]);
  });
});
