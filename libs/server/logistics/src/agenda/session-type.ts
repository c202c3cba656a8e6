import { registerEnumType } from 'type-graphql';

/** What a session of the agenda is (000 §39, §43). */
export enum SessionType {
  OPENING = 'OPENING',
  /** Each delegation presents its country: on the first day (000 §43). */
  DELEGATION_PRESENTATIONS = 'DELEGATION_PRESENTATIONS',
  /** Before a case visit: the context of the practice (000 §39). */
  CONTEXT_SETTING = 'CONTEXT_SETTING',
  CASE_VISIT = 'CASE_VISIT',
  FIELD_VISIT = 'FIELD_VISIT',
  /** After a case visit: what was seen, analysed together (000 §39). */
  ANALYSIS = 'ANALYSIS',
  ACTION_PLAN_WORKSHOP = 'ACTION_PLAN_WORKSHOP',
  CLOSING = 'CLOSING',
  INFORMAL = 'INFORMAL',
}
registerEnumType(SessionType, { name: 'SessionType', description: 'What a session of the agenda is' });
