import type { AdminDeps } from './deps.js';
import type { CityCounts, FigureSource } from './results.js';

/**
 * Duos per city for the period: active, completed and ended early; the weeks answered and those in
 * which the duo met; the outcome answers (asked 12 months after the start) that were positive (job,
 * training or internship) and a job. Counts only, so that small ones can be hidden and cities added
 * up; a share is one count over another.
 */
export function duoFigures(deps: AdminDeps): FigureSource {
  return {
    figures: [
      'duosActive',
      'duosCompleted',
      'duosEndedEarly',
      'weeksAnswered',
      'weeksMet',
      'outcomesAnswered',
      'outcomesPositive',
      'outcomesJob',
    ],
    async count({ cities, from, to }) {
      const counts: CityCounts = {};
      for (const city of cities) {
        const results = await deps.bot.duos.computeProgrammeResults({
          city,
          from: from.toISOString(),
          to: to.toISOString(),
        });
        counts[city] = {
          duosActive: results.duos.active,
          duosCompleted: results.duos.completed,
          duosEndedEarly: results.duos.endedEarly,
          weeksAnswered: results.weeksAnswered,
          weeksMet: results.weeksMet,
          outcomesAnswered: results.outcomes.answered,
          outcomesPositive: results.outcomes.positive,
          outcomesJob: results.outcomes.job,
        };
      }
      return counts;
    },
  };
}
