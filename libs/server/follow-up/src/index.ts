export { followUpModule } from './follow-up.module';
// The public face of follow-up: what other modules may read and refer to.
export { TrackedIndicator, TrackedIndicatorRef } from './indicators/tracked-indicator.entity';
