import { registerEnumType } from 'type-graphql';

/** What a budget line pays for (001's budget headings). */
export enum BudgetCategory {
  TRAVEL = 'TRAVEL',
  ACCOMMODATION = 'ACCOMMODATION',
  PER_DIEM = 'PER_DIEM',
  INTERPRETATION = 'INTERPRETATION',
  COMMUNICATIONS = 'COMMUNICATIONS',
  MATERIALS = 'MATERIALS',
  STAFF = 'STAFF',
  ACTION_FUND = 'ACTION_FUND',
  OTHER = 'OTHER',
}
registerEnumType(BudgetCategory, { name: 'BudgetCategory', description: 'What a budget line pays for' });
