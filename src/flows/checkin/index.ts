export { createDuoMemberFlow, DUO_MEMBER_FLOW } from './member.js';
export { CHECKIN_JOBS, checkinOpeningSchema, createCheckinFlow, type CheckinOpening } from './machine.js';
