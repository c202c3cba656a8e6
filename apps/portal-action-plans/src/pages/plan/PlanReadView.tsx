import type { PlanDetail } from '../PlanPage';
import { PlanContentView } from './PlanContentView';

/** The plan as it is now, to read: for those who may not change it, or not any more. */
export function PlanReadView({ plan }: { plan: PlanDetail }) {
  return <PlanContentView content={plan} findings={plan.smartCheck.items} />;
}
