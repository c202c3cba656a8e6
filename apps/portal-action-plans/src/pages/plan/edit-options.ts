import { useQuery } from 'urql';
import { PlanEditOptionsQuery } from '../../graphql/operations';

/**
 * What the editor offers to choose from: the practices the route visited as cases (the plan
 * adapts some of them) and the delegation's members (who may be responsible for an activity).
 * Read only when the plan is being edited.
 */
export function usePlanEditOptions(planId: string, pause: boolean) {
  const [{ data }] = useQuery({ query: PlanEditOptionsQuery, variables: { id: planId }, pause });
  const plan = data?.actionPlan;
  return {
    cases: plan?.route?.cases ?? [],
    members: (plan?.delegation?.participants ?? [])
      .filter((p) => p.status !== 'DECLINED' && p.status !== 'WITHDRAWN')
      .flatMap((p) => (p.person ? [{ id: p.person.id, name: p.person.fullName }] : [])),
  };
}

export type PlanEditOptions = ReturnType<typeof usePlanEditOptions>;
