import type { Response } from 'express';
import { eachRow, filterFromQuery, loadMany, localize, notForPartnersValue, PersonalData, personalValue, rowsInPages, streamCsv, type CsvColumn, type RequestContext } from '@lr/server-core';
import { loadPerson, loadThematicAreas, type Person } from '@lr/server-core-domain';
import { ChampionTraining } from '../trainings/champion-training.entity';
import type { Champion } from './champion.entity';
import { ChampionFilter } from './champion.inputs';
import { CHAMPION_SORT, championsQuery } from './champion.service';

interface ChampionRow {
  champion: Champion;
  person: Person | null;
  thematicAreas: string;
  trained: boolean;
}

/** The columns; contact details follow the privacy policy, training records are not for partners. */
function columns(ctx: RequestContext): CsvColumn<ChampionRow>[] {
  const subject = (r: ChampionRow) => ({ contactConsent: r.person?.contactConsent, personId: r.person?.id });
  return [
    { header: 'champion_id', value: (r) => r.champion.id },
    { header: 'given_name', value: (r) => r.person?.givenName },
    { header: 'family_name', value: (r) => r.person?.familyName },
    { header: 'country_code', value: (r) => r.person?.countryCode },
    { header: 'languages', value: (r) => r.champion.languages.join('; ') },
    { header: 'expertise', value: (r) => r.champion.expertiseTags.join('; ') },
    { header: 'thematic_areas', value: (r) => r.thematicAreas },
    { header: 'trained', value: notForPartnersValue(ctx, (r) => r.trained) },
    { header: 'consent_to_photograph', value: (r) => r.champion.consentToPhotograph },
    { header: 'email', value: personalValue(ctx, PersonalData.CONTACT, subject, (r) => r.person?.email) },
    { header: 'phone', value: personalValue(ctx, PersonalData.CONTACT, subject, (r) => r.person?.phone) },
  ];
}

/** `GET /champions/champions.csv?<champions(filter:) fields>`: the champions the list shows, in its order. */
export async function exportChampionsCsv(ctx: RequestContext, query: Record<string, unknown>, res: Response): Promise<void> {
  const filter = await filterFromQuery(ChampionFilter, query);
  const pages = rowsInPages(await championsQuery(ctx, filter), CHAMPION_SORT);
  const rows = eachRow(pages, (champions) =>
    Promise.all(
      champions.map(async (champion): Promise<ChampionRow> => {
        // Per-request loaders: a page costs one statement per kind of record, whatever its size.
        const [person, areas, trainings] = await Promise.all([
          loadPerson(ctx, champion.personId),
          loadThematicAreas(ctx, champion.thematicAreaIds),
          loadMany(ctx, ChampionTraining, champion.id, 'championId', { order: { date: 'ASC' } }),
        ]);
        return { champion, person, thematicAreas: areas.map((a) => localize(a.name, ctx.language)).join('; '), trained: trainings.some((t) => t.completed) };
      }),
    ),
  );
  await streamCsv(res, { fileName: 'champions.csv', columns: columns(ctx), rows });
}
