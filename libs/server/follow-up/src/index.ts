export { followUpModule } from './follow-up.module';
// The public face of follow-up: what other modules may read and refer to.
export { TrackedIndicator, TrackedIndicatorRef } from './indicators/tracked-indicator.entity';
export { indicatorStandingsOf, type IndicatorStanding } from './indicators/report-reads';
export { IndicatorStatus } from './indicators/indicator-status';
export { surveyRatesOf, type SurveyRate } from './surveys/report-reads';
