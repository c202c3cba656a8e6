import { registerEnumType } from 'type-graphql';

/** Where a participant works (000 §28-29). */
export enum Sector {
  GOVERNMENT = 'GOVERNMENT',
  CIVIL_SOCIETY = 'CIVIL_SOCIETY',
  UN = 'UN',
  DONOR = 'DONOR',
  BUSINESS = 'BUSINESS',
  ACADEMIA = 'ACADEMIA',
}
registerEnumType(Sector, { name: 'Sector', description: 'Where a participant works' });

/** How far a participant can put what they learn into practice (000 §34). */
export enum DecisionPower {
  /** Decides policy or budgets. */
  HIGH = 'HIGH',
  /** Shapes decisions or runs programmes. */
  MEDIUM = 'MEDIUM',
  /** Implements. */
  LOW = 'LOW',
}
registerEnumType(DecisionPower, {
  name: 'DecisionPower',
  valuesConfig: {
    HIGH: { description: 'Decides policy or budgets' },
    MEDIUM: { description: 'Shapes decisions or runs programmes' },
    LOW: { description: 'Implements' },
  },
});

/** Roles a participant takes on besides learning (000 §40). */
export enum ParticipantRole {
  /** Writes the route's blog posts. */
  BLOGGER = 'BLOGGER',
}
registerEnumType(ParticipantRole, { name: 'ParticipantRole' });

/** Where a participant stands in selection; moves go through `selectionMachine`. */
export enum SelectionStatus {
  NOMINATED = 'NOMINATED',
  SELECTED = 'SELECTED',
  WAITLISTED = 'WAITLISTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(SelectionStatus, {
  name: 'SelectionStatus',
  valuesConfig: {
    NOMINATED: { description: 'Put forward; not decided yet' },
    SELECTED: { description: 'Travels; counts toward the composition rules' },
    WAITLISTED: { description: 'Selected if a place frees up in the delegation' },
    DECLINED: { description: 'Not selected' },
    WITHDRAWN: { description: 'Left the route (from any status)' },
  },
});

/** The consents a participant gives, each recorded with its date and who recorded it. */
export enum ConsentKind {
  PERSONAL_DATA = 'PERSONAL_DATA',
  PHOTOS_AND_MEDIA = 'PHOTOS_AND_MEDIA',
  SHARE_PLAN = 'SHARE_PLAN',
}
registerEnumType(ConsentKind, {
  name: 'ConsentKind',
  valuesConfig: {
    PERSONAL_DATA: { description: 'Their personal data may be processed for the route' },
    PHOTOS_AND_MEDIA: { description: 'They may appear in photos, videos and posts' },
    SHARE_PLAN: { description: 'Their action plan may be shared with other routes and partners' },
  },
});
