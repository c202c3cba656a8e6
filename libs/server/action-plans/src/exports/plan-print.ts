import type { Language } from '@lr/server-core';
import type { PlanStatus } from '../plans/plan-status';
import type { Recommendation } from '../reviews/recommendation';
import type { SmartRule } from '../smart/smart-rule';

/** An objective as printed: its texts in the plan's language, its figures as stored. */
export interface PrintedObjective {
  statement: string | null;
  indicator: string | null;
  baselineValue: string | null;
  baselineDate: string | null;
  targetValue: string | null;
  targetDate: string | null;
  unit: string | null;
}

export interface PrintedActivity {
  description: string | null;
  /** A person's or an organisation's name. */
  responsible: string | null;
  startDate: string | null;
  dueDate: string | null;
  resources: string | null;
  budget: { minorUnits: string; currency: string } | null;
}

export interface PrintedReview {
  reviewerName: string;
  recommendation: Recommendation;
  summary: string | null;
  at: Date;
  comments: { section: string; comment: string }[];
}

/**
 * Everything a plan's PDF shows, already read and put in the plan's language: the layout
 * (`planPdf`) only draws it, so it can be tested and changed without a database.
 */
export interface PlanPrint {
  language: Language;
  title: string;
  delegation: string | null;
  country: string | null;
  route: string | null;
  status: PlanStatus;
  /** The version printed; null for a plan never submitted (its current draft is printed). */
  version: { number: number; submittedAt: Date } | null;
  context: string | null;
  innovations: string | null;
  practices: string[];
  objectives: PrintedObjective[];
  activities: PrintedActivity[];
  expectedResults: string | null;
  /** The SMART check of what is printed; findings are worded from their rule in the plan's language. */
  smart: { passes: boolean; items: { path: string; rule: SmartRule }[] };
  /** Of the version printed, oldest first. */
  reviews: PrintedReview[];
}
