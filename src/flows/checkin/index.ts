export { CHECKIN_JOBS, checkinOpeningSchema, createCheckinFlow, type CheckinOpening } from './machine.js';
