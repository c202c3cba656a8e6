import { combineParts, type DomainModule } from '@lr/server-core';
import { demoPart } from './demo/demo.part';
import { eventsPart } from './events/events.part';
import { indicatorsPart } from './indicators/indicators.part';
import { followUpMigrations } from './migrations';
import { periodsPart } from './periods/periods.part';
import { progressPart } from './progress/progress.part';
import { surveysPart } from './surveys/surveys.part';
import { indicatorSearch } from './indicators/indicator-search';
import { scalingStorySearch } from './events/scaling-story-search';

// Demo data seeds in this order: indicators (from the demo's FINAL plans), periods, progress, surveys, events.
const parts = combineParts([indicatorsPart, periodsPart, progressPart, surveysPart, eventsPart, demoPart]);

/** Follow-up: indicators born from action plans, progress and its verification, surveys, events and stories. */
export const followUpModule: DomainModule = {
  name: 'follow-up',
  description: 'Indicators from action plans and programmes, progress reports with verification and locked periods, roll-ups, surveys with personal links and reminders, follow-up events, scaling-up stories and communities of practice',
  ...parts,
  migrations: followUpMigrations,
  search: [indicatorSearch, scalingStorySearch],
};
