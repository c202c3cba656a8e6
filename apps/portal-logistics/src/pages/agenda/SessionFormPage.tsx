import { errorMessage } from '@lr/portal-graphql';
import { languageName } from '@lr/portal-i18n';
import {
  Button,
  CheckboxField,
  ConfirmDialog,
  EMPTY_TEXTS,
  ErrorPanel,
  FormBanner,
  FormCheckboxGroup,
  FormSelect,
  LocalizedTextFields,
  PageHeader,
  RequireEdit,
  Skeleton,
  TextField,
  textsFrom,
  useApiForm,
  type Texts,
} from '@lr/portal-ui';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { SESSION_TYPES } from '../../components/labels';
import { useSection } from '../../components/section-context';
import { dayLabel, hhmm, minutesOf } from '../../components/times';
import type { SessionEditQuery as SessionEditResult, SessionType } from '../../graphql/generated/graphql';
import { CreateAgendaSessionMutation, DeleteAgendaSessionMutation, SessionChoicesQuery, SessionEditQuery, UpdateAgendaSessionMutation } from '../../graphql/operations';

interface SessionValues {
  dayId: string;
  type: SessionType | '';
  startTime: string;
  endTime: string;
  title: Texts;
  notes: Texts;
  placeName: string;
  placeAddress: string;
  outsideCapital: boolean;
  latitude: string;
  longitude: string;
  practiceId: string;
  championIds: string[];
  interpreterIds: string[];
  interpretedLanguages: string;
}

const BLANK: SessionValues = {
  dayId: '',
  type: '',
  startTime: '',
  endTime: '',
  title: EMPTY_TEXTS,
  notes: EMPTY_TEXTS,
  placeName: '',
  placeAddress: '',
  outsideCapital: false,
  latitude: '',
  longitude: '',
  practiceId: '',
  championIds: [],
  interpreterIds: [],
  interpretedLanguages: '',
};

type Edited = NonNullable<SessionEditResult['agendaSession']>;

function valuesOf(s: Edited): SessionValues {
  return {
    dayId: s.dayId,
    type: s.type,
    startTime: hhmm(s.startTime),
    endTime: hhmm(s.endTime),
    title: textsFrom(s.titleTranslations),
    notes: textsFrom(s.notesTranslations),
    placeName: s.placeName ?? '',
    placeAddress: s.placeAddress ?? '',
    outsideCapital: s.outsideCapital,
    latitude: s.latitude === null || s.latitude === undefined ? '' : String(s.latitude),
    longitude: s.longitude === null || s.longitude === undefined ? '' : String(s.longitude),
    practiceId: s.practice?.id ?? '',
    championIds: s.champions.map((c) => c.id),
    interpreterIds: s.interpreters?.map((p) => p.id) ?? [],
    interpretedLanguages: s.interpretedLanguages.join(', '),
  };
}

const number = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.')));
const languagesOf = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((l) => l.trim().toLowerCase())
    .filter(Boolean);

/** Create (no id: on the chosen route, `?day=` preselected) or edit (id) a session of the agenda. */
export function SessionFormPage() {
  const { id } = useParams();
  const { t } = useTranslation(['logistics', 'common']);
  const { basePath } = useSection();
  return (
    <RequireEdit title={id ? t('editSession') : t('newSession')} back={{ label: t('navAgenda'), to: basePath }}>
      <SessionForm id={id} />
    </RequireEdit>
  );
}

function SessionForm({ id }: { id?: string }) {
  const { t } = useTranslation(['logistics', 'common']);
  const { basePath, language, notify } = useSection();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [{ data: edited, fetching, error }, reload] = useQuery({ query: SessionEditQuery, variables: { id: id ?? '' }, pause: !id, requestPolicy: 'network-only' });
  const session = edited?.agendaSession;
  const routeId = session?.routeId ?? params.get('route') ?? '';
  const [{ data: choices }] = useQuery({ query: SessionChoicesQuery, variables: { routeId }, pause: !routeId });
  const [, create] = useMutation(CreateAgendaSessionMutation);
  const [, update] = useMutation(UpdateAgendaSessionMutation);
  const [, remove] = useMutation(DeleteAgendaSessionMutation);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleteError, setDeleteError] = useState<string>();
  const form = useApiForm<SessionValues>({
    defaultValues: { ...BLANK, dayId: params.get('day') ?? '' },
    messages: { interpretedLanguages: { matches: t('interpretedLanguagesHint') } },
  });
  const { reset } = form;
  useEffect(() => {
    if (session) reset(valuesOf(session));
  }, [session, reset]);
  const type = form.watch('type');
  const back = `${basePath}?route=${routeId}`;

  const champions = useMemo(() => {
    const seen = new Map<string, { value: string; label: string }>();
    for (const p of choices?.championReadiness.practices ?? []) {
      for (const c of p.champions) if (!seen.has(c.id)) seen.set(c.id, { value: c.id, label: `${c.person?.fullName ?? c.id} (${p.practice.title})` });
    }
    return [...seen.values()];
  }, [choices]);
  const team = choices?.route.routeTeam ?? [];

  if (id && fetching && !edited) return <Skeleton width="50%" />;
  if (id && (error || (edited && !session))) return <ErrorPanel title={t('common:notFound')}>{errorMessage(error)}</ErrorPanel>;
  if (!routeId) {
    return (
      <>
        <PageHeader title={t('newSession')} breadcrumbs={[{ label: t('navAgenda'), to: basePath }]} />
        <p className="lr-empty">{t('noRouteChosen')}</p>
      </>
    );
  }

  const save = form.submit(async (v) => {
    const fields = {
      placeName: v.placeName.trim() || null,
      placeAddress: v.placeAddress.trim() || null,
      outsideCapital: v.outsideCapital,
      latitude: number(v.latitude),
      longitude: number(v.longitude),
      practiceId: v.practiceId || null,
      championIds: v.championIds,
      interpreterIds: v.interpreterIds,
      interpretedLanguages: languagesOf(v.interpretedLanguages),
      notes: v.notes,
      dayId: v.dayId,
      type: v.type as SessionType,
      startTime: v.startTime,
      endTime: v.endTime,
      title: v.title,
    };
    if (id && session) {
      const result = await update({ input: { ...fields, id, version: session.version } });
      if (result.error) return form.showApiError(result.error);
      notify(t('common:saved'), 'success');
    } else {
      const result = await create({ input: fields });
      if (result.error) return form.showApiError(result.error);
      notify(t('sessionCreated'), 'success');
    }
    navigate(back);
  });

  async function deleteSession() {
    if (!session) return;
    const result = await remove({ id: session.id, version: session.version });
    if (result.error) return setDeleteError(errorMessage(result.error));
    setConfirmDelete(false);
    notify(t('sessionDeleted', { title: session.title }), 'success');
    navigate(back);
  }

  const title = id ? t('editSession') : t('newSession');
  return (
    <form ref={form.formRef} className="lr-form" onSubmit={save} noValidate>
      <PageHeader title={title} breadcrumbs={[{ label: t('navAgenda'), to: back }]}>
        {session && (
          <Button variant="danger" onClick={() => (setDeleteError(undefined), setConfirmDelete(true))}>
            {t('deleteSession')}
          </Button>
        )}
      </PageHeader>
      <FormBanner form={form} onReload={() => reload({ requestPolicy: 'network-only' })} />
      {choices && <p>{t('onRoute', { route: choices.route.title })}</p>}
      {choices && choices.route.agenda.length === 0 ? (
        <p className="lr-notice">{t('noDaysForSession')}</p>
      ) : (
        <>
          <fieldset className="lr-logistics-fieldset">
            <legend>{t('whenAndWhat')}</legend>
            <div className="lr-form-grid">
              <FormSelect
                form={form}
                name="dayId"
                rules={{ required: t('dayRequired') }}
                label={t('day')}
                required
                placeholder={t('common:choose')}
                options={(choices?.route.agenda ?? []).map((d) => ({ value: d.id, label: dayLabel(d.date, language, 'long') }))}
              />
              <FormSelect
                form={form}
                name="type"
                rules={{ required: t('typeRequired') }}
                label={t('sessionType')}
                required
                placeholder={t('common:choose')}
                options={SESSION_TYPES.map((s) => ({ value: s, label: t(`sessionTypes.${s}`) }))}
              />
              <TextField label={t('startTime')} type="time" required {...form.field('startTime', { required: t('startTimeRequired') })} />
              <TextField
                label={t('endTime')}
                type="time"
                required
                {...form.field('endTime', {
                  required: t('endTimeRequired'),
                  validate: (end, v) => !v.startTime || !end || minutesOf(end) > minutesOf(v.startTime) || t('endAfterStart'),
                })}
              />
            </div>
            <LocalizedTextFields form={form} path="title" label={(l) => t('titleIn', { language: languageName(l, language) })} required={t('titleRequired')} />
          </fieldset>
          <fieldset className="lr-logistics-fieldset">
            <legend>{t('placeLegend')}</legend>
            <div className="lr-form-grid">
              <TextField label={t('placeName')} {...form.field('placeName')} />
              <TextField label={t('placeAddress')} {...form.field('placeAddress')} />
              <TextField label={t('latitude')} inputMode="decimal" hint={t('latitudeHint')} {...form.field('latitude', { validate: (v) => v.trim() === '' || !Number.isNaN(number(v)) || t('degreesNumber') })} />
              <TextField label={t('longitude')} inputMode="decimal" hint={t('longitudeHint')} {...form.field('longitude', { validate: (v) => v.trim() === '' || !Number.isNaN(number(v)) || t('degreesNumber') })} />
            </div>
            <CheckboxField label={t('outsideCapital')} hint={t('outsideCapitalHint')} {...form.field('outsideCapital')} />
          </fieldset>
          <fieldset className="lr-logistics-fieldset">
            <legend>{t('peopleLegend')}</legend>
            <FormSelect
              form={form}
              name="practiceId"
              rules={{ validate: (practiceId, v) => v.type !== 'CASE_VISIT' || practiceId !== '' || t('caseRequired') }}
              label={t('caseVisited')}
              hint={t('caseVisitedHint')}
              required={type === 'CASE_VISIT'}
              placeholder={t('noCase')}
              options={(choices?.route.cases ?? []).map((p) => ({ value: p.id, label: p.title }))}
            />
            {champions.length > 0 ? (
              <FormCheckboxGroup form={form} name="championIds" legend={t('championsLeading')} options={champions} />
            ) : (
              <p className="lr-logistics-muted">{t('noChampionsOnRoute')}</p>
            )}
            {team.length > 0 && (
              <FormCheckboxGroup
                form={form}
                name="interpreterIds"
                legend={t('interpreters')}
                options={team.map((m) => ({ value: m.personId, label: `${m.person?.fullName ?? m.personId} (${t(`teamRoles.${m.role}`)})` }))}
              />
            )}
            <TextField label={t('interpretedLanguages')} hint={t('interpretedLanguagesHint')} {...form.field('interpretedLanguages')} />
          </fieldset>
          <fieldset className="lr-logistics-fieldset">
            <legend>{t('notesLegend')}</legend>
            <p className="lr-field__hint">{t('notesHint')}</p>
            <LocalizedTextFields form={form} path="notes" multiline rows={3} label={(l) => t('notesIn', { language: languageName(l, language) })} />
          </fieldset>
          <div className="lr-form-actions">
            <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
              {id ? t('common:save') : t('common:create')}
            </Button>
            <Link className="lr-button" to={back}>
              {t('common:cancel')}
            </Link>
          </div>
        </>
      )}
      <ConfirmDialog
        open={confirmDelete}
        title={t('confirmDeleteSession')}
        confirmLabel={t('deleteSession')}
        danger
        error={deleteError}
        onConfirm={deleteSession}
        onCancel={() => setConfirmDelete(false)}
      >
        <p>{t('confirmDeleteSessionText', { title: session?.title ?? '' })}</p>
      </ConfirmDialog>
    </form>
  );
}
