import { errorCode, moveRefusal } from '@lr/portal-graphql';
import { StateMoves, type MoveSafety } from '@lr/portal-ui';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { useMutation, type CombinedError } from 'urql';
import { TRAVEL_STATUSES, VISA_STATUSES } from '../../components/labels';
import { actionRefusal } from '../../components/refusals';
import { useSection } from '../../components/section-context';
import type { TravelStatus, VisaStatus } from '../../graphql/generated/graphql';
import { ChangeTravelStatusMutation, ChangeVisaStatusMutation } from '../../graphql/operations';
import type { TravellerDetail } from './TravellerPage';

/** What a move lacks (`extensions.missing` of a PHASE_RULE), in the reader's words: a leg, a booking reference, a passport detail. */
function missingName(code: string): string | undefined {
  const key = `missing.${code}`;
  return i18next.exists(key, { ns: 'logistics' }) ? (i18next.t(key as never, { ns: 'logistics' }) as string) : undefined;
}

function refusal(error: CombinedError, stateName: (s: string) => string): string {
  return errorCode(error) === 'PHASE_RULE' ? moveRefusal(error, { missing: missingName, stateName }) : actionRefusal(error);
}

/**
 * The tickets' moves open now: forward at once (booking is the next step of the work), back to
 * requested only after confirming, with the reason kept in the history.
 */
export function TravelMoves({ traveller, onMoved }: { traveller: TravellerDetail; onMoved(): void }) {
  const { t } = useTranslation(['logistics', 'common']);
  const { canEdit, notify } = useSection();
  const [, change] = useMutation(ChangeTravelStatusMutation);
  const name = traveller.person?.fullName ?? '';
  const stateName = (s: string) => t(`travelStatuses.${s as TravelStatus}`);
  const safety = (to: TravelStatus): MoveSafety =>
    to === 'REQUESTED'
      ? { kind: 'confirm', title: t('confirmTravelBack', { name }), text: t('confirmTravelBackText'), confirmLabel: t('travelMoves.REQUESTED'), reason: 'required' }
      : { kind: 'direct' };
  return (
    <StateMoves<TravelStatus>
      layout="stepper"
      states={TRAVEL_STATUSES}
      current={traveller.travelStatus}
      allowed={traveller.allowedNextTravelStatuses}
      canMove={canEdit}
      stateName={stateName}
      moveLabel={(to) => t(`travelMoves.${to}`)}
      safety={safety}
      onMove={async (toStatus, reason) => {
        const result = await change({ travellerId: traveller.id, toStatus, version: traveller.version, reason });
        if (result.error) return refusal(result.error, stateName);
        notify(t('statusNow', { name, status: stateName(toStatus) }), 'success');
        onMoved();
        return undefined;
      }}
    />
  );
}

/**
 * The visa's moves open now. A refusal by the consulate and every step back keep a reason
 * (asked in a confirmation); applying needs the passport details the letter prints.
 */
export function VisaMoves({ traveller, onMoved }: { traveller: TravellerDetail; onMoved(): void }) {
  const { t } = useTranslation(['logistics', 'common']);
  const { canEdit, notify } = useSection();
  const [, change] = useMutation(ChangeVisaStatusMutation);
  const name = traveller.person?.fullName ?? '';
  const stateName = (s: string) => t(`visaStatuses.${s as VisaStatus}`);
  const safety = (to: VisaStatus): MoveSafety => {
    const from = traveller.visaStatus;
    if (to === 'REFUSED') return { kind: 'confirm', title: t('confirmVisaRefused', { name }), text: t('confirmVisaRefusedText'), confirmLabel: t('visaMoves.REFUSED'), danger: true, reason: 'required' };
    if (to === 'TO_APPLY' && (from === 'APPLIED' || from === 'GRANTED'))
      return { kind: 'confirm', title: t('confirmVisaBack', { name }), text: t(from === 'GRANTED' ? 'confirmVisaBackGrantedText' : 'confirmVisaBackText'), confirmLabel: t('visaMoves.TO_APPLY'), reason: 'required' };
    return { kind: 'direct' };
  };
  return (
    <StateMoves<VisaStatus>
      layout="buttons"
      states={VISA_STATUSES}
      current={traveller.visaStatus}
      allowed={traveller.allowedNextVisaStatuses}
      canMove={canEdit}
      stateName={stateName}
      moveLabel={(to) => t(`visaMoves.${to}`)}
      safety={safety}
      onMove={async (toStatus, reason) => {
        const result = await change({ travellerId: traveller.id, toStatus, version: traveller.version, reason });
        if (result.error) return refusal(result.error, stateName);
        notify(t('statusNow', { name, status: stateName(toStatus) }), 'success');
        onMoved();
        return undefined;
      }}
    />
  );
}
