export {
  createDuoService,
  newDuoSchema,
  type DuoChange,
  type DuoResult,
  type DuoService,
  type JobDecision,
  type NewDuo,
} from './service.js';
export type { DuoResults, ProgrammeResults, WeekFigures } from './results.js';
export { currentWeek, nextAllowedSlot, weekDueAt, type DuoCalendar } from './calendar.js';
