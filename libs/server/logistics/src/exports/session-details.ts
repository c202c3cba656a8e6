import { localize, type Language, type RequestContext } from '@lr/server-core';
import { loadPerson } from '@lr/server-core-domain';
import { loadPractice } from '@lr/server-practices';
import type { RouteAgendaSession } from '../agenda/agenda-reads';
import type { AgendaLabels } from './agenda-labels';
import { languageName } from './export-format';

/** What a printed or calendar session shows, in one language. */
export interface SessionDetails {
  type: string;
  title: string;
  notes: string | null;
  placeName: string | null;
  placeAddress: string | null;
  outsideCapital: boolean;
  geo: { lat: number; lon: number } | null;
  /** The case visited or discussed, if any. */
  casePractice: string | null;
  /** "Given Family" of each champion leading, in the session's order. */
  champions: string[];
  /** Languages interpreted into, named in the document's language. */
  interpretedLanguages: string[];
}

async function practiceTitle(ctx: RequestContext, practiceId: string | null, language: Language): Promise<string | null> {
  const practice = practiceId ? await loadPractice(ctx, practiceId) : null;
  return practice ? localize(practice.title, language) : null;
}

async function personNames(ctx: RequestContext, personIds: readonly string[]): Promise<string[]> {
  const people = await Promise.all(personIds.map((id) => loadPerson(ctx, id)));
  return people.flatMap((p) => (p ? [`${p.givenName} ${p.familyName}`] : []));
}

/**
 * The details of many sessions at once, keyed by session id. The sessions come as the caller
 * may read them (`routeAgenda` already left out, for partners, notes, unpublished cases and
 * champions they may not see); practices and people go through the request's DataLoaders, so
 * an agenda of any length costs a few statements. Interpreters are never named in documents.
 */
export async function sessionDetails(ctx: RequestContext, sessions: readonly RouteAgendaSession[], language: Language, labels: AgendaLabels): Promise<Map<string, SessionDetails>> {
  const entries = await Promise.all(
    sessions.map(async ({ session: s, championPersonIds }): Promise<[string, SessionDetails]> => {
      const [casePractice, champions] = await Promise.all([practiceTitle(ctx, s.practiceId, language), personNames(ctx, championPersonIds)]);
      return [
        s.id,
        {
          type: labels.sessionTypes[s.type],
          title: localize(s.title, language) ?? '',
          notes: localize(s.notes, language),
          placeName: s.placeName,
          placeAddress: s.placeAddress,
          outsideCapital: s.outsideCapital,
          geo: s.latitude !== null && s.longitude !== null ? { lat: s.latitude, lon: s.longitude } : null,
          casePractice,
          champions,
          interpretedLanguages: s.interpretedLanguages.map((code) => languageName(code, language)),
        },
      ];
    }),
  );
  return new Map(entries);
}
