import ICAL from 'ical.js';
import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { SessionType } from '../src/agenda/session-type';
import { adminToken, attachCase, createApiKey, createChampion, createPerson, createRoute, logisticsEditor, ok, pdfText, selectedParticipant, startLogisticsGateway, UNKNOWN_ID } from './helpers';

interface Written {
  id: string;
  version: number;
}

const editors = new WeakMap<TestGateway, Promise<string>>();
const editorOf = (gw: TestGateway) => {
  if (!editors.has(gw)) editors.set(gw, logisticsEditor(gw));
  return editors.get(gw) as Promise<string>;
};

/** A day of the agenda, added as an editor does (the agenda's own mutation and rules). */
async function addDay(gw: TestGateway, routeId: string, date: string, title?: Record<string, string>): Promise<Written> {
  const input = { routeId, date, ...(title ? { title } : {}) };
  return ok(gw, `mutation($input: AddAgendaDayInput!) { addAgendaDay(input: $input) { id version } }`, { input }, { token: await editorOf(gw) });
}

/** A session of a day (INFORMAL unless told), through `createAgendaSession`. */
async function addSession(gw: TestGateway, day: Written, fields: Record<string, unknown> & { startTime: string; endTime: string; title: Record<string, string> }): Promise<Written> {
  const input = { dayId: day.id, type: SessionType.INFORMAL, ...fields };
  return ok(gw, `mutation($input: CreateAgendaSessionInput!) { createAgendaSession(input: $input) { id version } }`, { input }, { token: await editorOf(gw) });
}

async function updateSession(gw: TestGateway, session: Written, fields: Record<string, unknown>): Promise<Written> {
  const input = { id: session.id, version: session.version, ...fields };
  return ok(gw, `mutation($input: UpdateAgendaSessionInput!) { updateAgendaSession(input: $input) { id version } }`, { input }, { token: await editorOf(gw) });
}

interface Download {
  status: number;
  headers: Headers;
  text: string;
  bytes: Buffer;
  json?: { errors: { message: string; extensions: Record<string, unknown> }[] };
}

async function download(gw: TestGateway, path: string, auth: { token?: string; apiKey?: string; language?: string } = {}): Promise<Download> {
  const headers: Record<string, string> = {};
  if (auth.token) headers['authorization'] = `Bearer ${auth.token}`;
  if (auth.apiKey) headers['x-api-key'] = auth.apiKey;
  if (auth.language) headers['accept-language'] = auth.language;
  const res = await fetch(`${gw.url}${path}`, { headers });
  const bytes = Buffer.from(await res.arrayBuffer());
  const text = bytes.toString('utf8');
  const json = res.headers.get('content-type')?.includes('application/json') ? JSON.parse(text) : undefined;
  return { status: res.status, headers: res.headers, text, bytes, json };
}

const codeOf = (d: Download) => d.json?.errors.map((e) => e.extensions['code']);

interface ParsedEvent {
  uid: string;
  summary: string;
  start: string;
  end: string;
  sequence: number;
  location: string;
  description: string;
  geo: number[] | null;
}

/** Parses with ical.js (Mozilla's parser): what a calendar application would read. */
function eventsOf(ics: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      sequence: event.sequence,
      location: event.location,
      description: event.description,
      geo: (v.getFirstPropertyValue('geo') as number[] | null) ?? null,
    };
  });
}

const uidOf = (s: Written) => `${s.id}@learningroutes`;

/**
 * A PDF's text with line breaks as spaces: table cells wrap within their column. The generated
 * names of test records (one long word) wrap anywhere, so they are compared without spaces.
 */
async function pdfWords(bytes: Buffer): Promise<{ text: string; squashed: string }> {
  const { text } = await pdfText(bytes);
  return { text: text.replace(/\s+/g, ' '), squashed: text.replace(/\s+/g, '') };
}

describe('agenda exports (iCalendar and PDF)', () => {
  let gw: TestGateway;
  let admin: string;
  let routeA: string;
  let routeB: string;
  let opening: Written;
  let caseVisit: Written;
  let ledElsewhere: Written;
  let interpreted: Written;
  let unrelated: Written;
  let traveller: string;
  let championPerson: string;
  let championName: string;
  let practiceTitle: string;

  beforeAll(async () => {
    gw = await startLogisticsGateway();
    admin = await adminToken(gw);
    // Both routes are hosted by Peru: the agenda is written in America/Lima (UTC-5, no DST).
    routeA = (await createRoute(gw)).id;
    routeB = (await createRoute(gw, { startDate: '2025-06-02', endDate: '2025-06-06' })).id;
    traveller = await selectedParticipant(gw, routeA);

    const practiceId = await attachCase(gw, routeA);
    practiceTitle = (await ok(gw, `query($id: ID!) { practice(id: $id) { title } }`, { id: practiceId }, { token: admin })).title;
    const caseChampion = await createChampion(gw);
    const leadingChampion = await createChampion(gw);
    const leader = await ok(gw, `query($id: ID!) { champion(id: $id) { person { id givenName familyName } } }`, { id: leadingChampion }, { token: admin });
    championPerson = leader.person.id;
    const caseLeader = await ok(gw, `query($id: ID!) { champion(id: $id) { person { givenName familyName } } }`, { id: caseChampion }, { token: admin });
    championName = `${caseLeader.person.givenName} ${caseLeader.person.familyName}`;

    const monday = await addDay(gw, routeA, '2025-05-12', { en: 'Lima: welcome', fr: 'Lima : accueil', es: 'Lima: bienvenida' });
    const tuesday = await addDay(gw, routeA, '2025-05-13');
    opening = await addSession(gw, monday, {
      type: SessionType.OPENING,
      startTime: '09:00',
      endTime: '10:30',
      title: { en: 'Welcome and opening', fr: 'Accueil et ouverture', es: 'Bienvenida y apertura' },
      notes: { en: 'Meet in the lobby at 8:45', fr: 'Rendez-vous dans le hall à 8 h 45' },
      placeName: 'Hotel Bolívar',
      placeAddress: 'Jr. de la Unión 958, Lima',
      latitude: -12.0513,
      longitude: -77.0347,
      interpretedLanguages: ['en', 'fr'],
    });
    caseVisit = await addSession(gw, tuesday, {
      type: SessionType.CASE_VISIT,
      startTime: '14:00',
      endTime: '17:30',
      title: { en: 'Community kitchens of Huamanga', fr: 'Cuisines communautaires de Huamanga', es: 'Comedores comunitarios de Huamanga' },
      placeName: 'Comedor Santa Rosa, Ayacucho',
      outsideCapital: true,
      practiceId,
      championIds: [caseChampion],
    });

    const june = await addDay(gw, routeB, '2025-06-03');
    ledElsewhere = await addSession(gw, june, { type: SessionType.CONTEXT_SETTING, startTime: '08:00', endTime: '09:00', title: { en: 'Context of the practice' }, championIds: [leadingChampion] });
    interpreted = await addSession(gw, june, { type: SessionType.ANALYSIS, startTime: '10:00', endTime: '11:00', title: { en: 'What we saw' }, interpreterIds: [traveller] });
    unrelated = await addSession(gw, june, { type: SessionType.INFORMAL, startTime: '19:00', endTime: '21:00', title: { en: 'Dinner' } });
  });

  afterAll(() => gw.close());

  describe('GET /logistics/routes/:routeId/agenda.ics', () => {
    it('holds every session of the route at its UTC instant, with a UID per session and its version as SEQUENCE', async () => {
      const res = await download(gw, `/logistics/routes/${routeA}/agenda.ics?lang=fr`, { token: await logisticsEditor(gw) });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      // Instants in UTC (Z), not floating local times: 09:00 in Lima is 14:00Z.
      expect(res.text).toContain('DTSTART:20250512T140000Z');
      const events = eventsOf(res.text);
      expect(events.map((e) => e.uid)).toEqual([uidOf(opening), uidOf(caseVisit)]);
      const [first, second] = events;
      expect(first).toMatchObject({
        summary: 'Accueil et ouverture',
        start: '2025-05-12T14:00:00.000Z',
        end: '2025-05-12T15:30:00.000Z',
        sequence: opening.version,
        geo: [-12.0513, -77.0347],
      });
      expect(first.location).toContain('Hotel Bolívar');
      expect(first.location).toContain('Jr. de la Unión 958, Lima');
      expect(first.description).toContain('Ouverture');
      expect(first.description).toContain('Interprétation : anglais, français');
      expect(first.description).toContain('Rendez-vous dans le hall à 8 h 45');
      expect(second).toMatchObject({ summary: 'Cuisines communautaires de Huamanga', start: '2025-05-13T19:00:00.000Z', end: '2025-05-13T22:30:00.000Z' });
      expect(second.description).toContain(`Champions : ${championName}`);
      expect(second.description).toContain(`Cas : ${practiceTitle}`);
      expect(second.description).toContain('Lieu : hors de la capitale');
    });

    it('keeps the UID and raises SEQUENCE when a session changes, so a re-import updates the event', async () => {
      const before = eventsOf((await download(gw, `/logistics/routes/${routeA}/agenda.ics`, { token: admin })).text).find((e) => e.uid === uidOf(opening));
      const moved = await updateSession(gw, opening, { startTime: '09:15' });
      const after = eventsOf((await download(gw, `/logistics/routes/${routeA}/agenda.ics`, { token: admin })).text).find((e) => e.uid === uidOf(opening));
      expect(after?.sequence).toBe(moved.version);
      expect(after?.sequence).toBeGreaterThan(before?.sequence ?? Infinity);
      expect(after?.start).toBe('2025-05-12T14:15:00.000Z');
      opening = await updateSession(gw, moved, { startTime: '09:00' });
    });

    it('writes the titles in the caller’s language without ?lang, and in English when theirs is not offered', async () => {
      const spanish = eventsOf((await download(gw, `/logistics/routes/${routeA}/agenda.ics`, { token: admin, language: 'es-PE,es;q=0.9' })).text);
      expect(spanish[0].summary).toBe('Bienvenida y apertura');
      const german = eventsOf((await download(gw, `/logistics/routes/${routeA}/agenda.ics`, { token: admin, language: 'de' })).text);
      expect(german[0].summary).toBe('Welcome and opening');
    });

    it('is a private download with an ASCII file name and the exact one', async () => {
      const res = await download(gw, `/logistics/routes/${routeA}/agenda.ics?lang=es`, { token: admin });
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      // The route's Spanish title is "Ruta de aprendizaje" (helpers.createRoute).
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="agenda-ruta-de-aprendizaje-es.ics"; filename*=UTF-8''agenda-ruta-de-aprendizaje-es.ics`);
    });

    it('shows partners the public agenda: no working notes, no unpublished case, no champion they may not see', async () => {
      const { key } = await createApiKey(gw, admin, ['READ']);
      const res = await download(gw, `/logistics/routes/${routeA}/agenda.ics?lang=en`, { apiKey: key });
      expect(res.status).toBe(200);
      const [first, second] = eventsOf(res.text);
      expect(first.summary).toBe('Welcome and opening');
      expect(first.description).not.toContain('lobby');
      expect(second.description).not.toContain(practiceTitle);
      expect(second.description).not.toContain(championName);
    });

    it('is NOT_FOUND for an unknown route, and for a participant on a route they do not travel on', async () => {
      expect(codeOf(await download(gw, `/logistics/routes/${UNKNOWN_ID}/agenda.ics`, { token: admin }))).toEqual(['NOT_FOUND']);
      expect(codeOf(await download(gw, `/logistics/routes/not-a-uuid/agenda.ics`, { token: admin }))).toEqual(['NOT_FOUND']);
      const participant = await gw.tokenFor(Role.PARTICIPANT, [], { personId: traveller });
      const elsewhere = await download(gw, `/logistics/routes/${routeB}/agenda.ics`, { token: participant });
      expect(elsewhere.status).toBe(404);
      expect(codeOf(elsewhere)).toEqual(['NOT_FOUND']);
      expect((await download(gw, `/logistics/routes/${routeA}/agenda.ics`, { token: participant })).status).toBe(200);
    });

    it('refuses a language it does not write as BAD_USER_INPUT on lang, and callers without credentials', async () => {
      const res = await download(gw, `/logistics/routes/${routeA}/agenda.ics?lang=de`, { token: admin });
      expect(res.status).toBe(400);
      expect(res.json?.errors[0].extensions['fields']).toEqual([{ path: 'lang', message: 'must be one of en, fr, es' }]);
      expect(codeOf(await download(gw, `/logistics/routes/${routeA}/agenda.ics`))).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('GET /logistics/people/:personId/agenda.ics', () => {
    it('gives a traveller every session of their route and the session they interpret on another, fetched by themselves', async () => {
      const own = await gw.tokenFor(Role.PARTICIPANT, [], { personId: traveller });
      const res = await download(gw, `/logistics/people/${traveller}/agenda.ics`, { token: own });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      const events = eventsOf(res.text);
      expect(events.map((e) => e.uid)).toEqual([uidOf(opening), uidOf(caseVisit), uidOf(interpreted)]);
      expect(events[2]).toMatchObject({ start: '2025-06-03T15:00:00.000Z', end: '2025-06-03T16:00:00.000Z' });
    });

    it('gives a champion leading one session of a route only that session', async () => {
      const events = eventsOf((await download(gw, `/logistics/people/${championPerson}/agenda.ics`, { token: await logisticsEditor(gw) })).text);
      expect(events.map((e) => e.uid)).toEqual([uidOf(ledElsewhere)]);
      expect(events[0].start).toBe('2025-06-03T13:00:00.000Z');
      expect(events.map((e) => e.uid)).not.toContain(uidOf(unrelated));
    });

    it('is an empty calendar for someone who neither travels nor leads', async () => {
      const nobody = await createPerson(gw);
      const res = await download(gw, `/logistics/people/${nobody}/agenda.ics`, { token: admin });
      expect(res.status).toBe(200);
      expect(eventsOf(res.text)).toEqual([]);
    });

    it('is FORBIDDEN to another participant, a viewer and a partner; NOT_FOUND for an unknown person', async () => {
      const stranger = await gw.tokenFor(Role.PARTICIPANT, [], { personId: await createPerson(gw) });
      const { key } = await createApiKey(gw, admin, ['READ', 'PERSONAL_DATA']);
      for (const auth of [{ token: stranger }, { token: await gw.tokenFor(Role.VIEWER) }, { apiKey: key }]) {
        const res = await download(gw, `/logistics/people/${traveller}/agenda.ics`, auth);
        expect(res.status).toBe(403);
        expect(codeOf(res)).toEqual(['FORBIDDEN']);
      }
      expect(codeOf(await download(gw, `/logistics/people/${UNKNOWN_ID}/agenda.ics`, { token: admin }))).toEqual(['NOT_FOUND']);
      expect(codeOf(await download(gw, `/logistics/people/nope/agenda.ics`, { token: admin }))).toEqual(['NOT_FOUND']);
    });
  });

  describe('GET /logistics/routes/:routeId/agenda.pdf', () => {
    it('prints the agenda in French: labels, dates written out, sessions and who leads them', async () => {
      const res = await download(gw, `/logistics/routes/${routeA}/agenda.pdf?lang=fr`, { token: admin });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="agenda-.+-fr\.pdf"; filename\*=UTF-8''agenda-.+-fr\.pdf$/);
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      const { text, squashed } = await pdfWords(res.bytes);
      expect(squashed).toContain(practiceTitle.replace(/\s+/g, ''));
      expect(squashed).toContain(championName.replace(/\s+/g, ''));
      for (const expected of [
        'Programme',
        'Dates : 12–19 mai 2025',
        'Pays hôte : Pérou',
        'Fuseau horaire : America/Lima (toutes les heures sont locales)',
        'lundi 12 mai 2025 — Jour 1 : Lima : accueil',
        'mardi 13 mai 2025 — Jour 2',
        '09:00–10:30',
        'Ouverture',
        'Accueil et ouverture',
        'Hotel Bolívar',
        'anglais, français',
        'Visite de cas',
        'Cuisines communautaires de Huamanga',
        '(hors de la capitale)',
        'Interprétation',
      ]) {
        expect(text).toContain(expected);
      }
      expect(text).not.toContain('Welcome and opening');
    });

    it('prints it in Spanish', async () => {
      const { text } = await pdfWords((await download(gw, `/logistics/routes/${routeA}/agenda.pdf?lang=es`, { token: admin })).bytes);
      for (const expected of [
        'Ruta de aprendizaje',
        'Fechas: 12–19 de mayo de 2025',
        'País anfitrión: Perú',
        'lunes, 12 de mayo de 2025 — Día 1: Lima: bienvenida',
        'Apertura',
        'Bienvenida y apertura',
        'Visita al caso',
        'Comedores comunitarios de Huamanga',
        '(fuera de la capital)',
        'inglés, francés',
        'Campeones',
      ]) {
        expect(text).toContain(expected);
      }
    });

    it('carries a long agenda over several pages without losing a session', async () => {
      const route = (await createRoute(gw)).id;
      const titles: string[] = [];
      for (const date of ['2025-05-12', '2025-05-13', '2025-05-14']) {
        const day = await addDay(gw, route, date);
        for (let hour = 7; hour < 21; hour++) {
          const title = `Session ${date.slice(8)}h${hour}`;
          titles.push(title);
          const time = (h: number) => `${String(h).padStart(2, '0')}:00`;
          await addSession(gw, day, { startTime: time(hour), endTime: time(hour + 1), title: { en: title }, placeName: 'Centro de convenciones, Sala 2', interpretedLanguages: ['en', 'es', 'qu'] });
        }
      }
      const res = await download(gw, `/logistics/routes/${route}/agenda.pdf?lang=en`, { token: admin });
      const { text, pages } = await pdfText(res.bytes);
      expect(pages).toBeGreaterThan(2);
      const words = text.replace(/\s+/g, ' ');
      for (const title of titles) expect(words).toContain(title);
      expect(words).toContain('Wednesday, May 14, 2025 — Day 3');
      expect(words).toContain('Quechua');
    });

    it('follows the agenda’s visibility and refuses a bad language', async () => {
      const participant = await gw.tokenFor(Role.PARTICIPANT, [], { personId: traveller });
      expect(codeOf(await download(gw, `/logistics/routes/${routeB}/agenda.pdf`, { token: participant }))).toEqual(['NOT_FOUND']);
      expect(codeOf(await download(gw, `/logistics/routes/${UNKNOWN_ID}/agenda.pdf`, { token: admin }))).toEqual(['NOT_FOUND']);
      expect(codeOf(await download(gw, `/logistics/routes/${routeA}/agenda.pdf?lang=pt`, { token: admin }))).toEqual(['BAD_USER_INPUT']);
    });
  });
});
