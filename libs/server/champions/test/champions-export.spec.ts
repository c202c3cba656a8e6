import { parse } from 'csv-parse/sync';
import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { PracticeStatus } from '@lr/server-practices';
import { addTraining, createChampion, insertPractice, linkPractice, startChampionsGateway } from './champions-gateway';
import { createApiKey } from './helpers';

const HEADER = ['champion_id', 'given_name', 'family_name', 'country_code', 'languages', 'expertise', 'thematic_areas', 'trained', 'consent_to_photograph', 'email', 'phone'];

describe('GET /champions/champions.csv', () => {
  let gw: TestGateway;
  let admin: string;
  let editor: string;
  let published: string;
  let unpublished: string;

  beforeAll(async () => {
    gw = await startChampionsGateway();
    admin = await gw.tokenFor(Role.ADMIN);
    editor = await gw.tokenFor(Role.EDITOR, ['champions']);
    const publishedPractice = await insertPractice(gw, PracticeStatus.PUBLISHED);
    const draftPractice = await insertPractice(gw, PracticeStatus.IDENTIFIED);
    const yes = await createChampion(gw, admin, { consentToContact: true, languages: ['es'] }, { givenName: 'Exportable', familyName: 'Consenting', countryCode: 'PE', email: 'yes@example.org' });
    const no = await createChampion(gw, admin, { consentToContact: false, languages: ['es'] }, { givenName: 'Exportable', familyName: 'Private', countryCode: 'PE', email: 'no@example.org' });
    const other = await createChampion(gw, admin, { languages: ['fr'] }, { givenName: 'Exportable', familyName: 'Francophone', countryCode: 'SN' });
    [published, unpublished] = [yes.id, no.id];
    await linkPractice(gw, admin, yes.id, publishedPractice);
    await linkPractice(gw, admin, no.id, draftPractice);
    await linkPractice(gw, admin, other.id, publishedPractice);
    await addTraining(gw, admin, yes.id);
  });
  afterAll(() => gw.close());

  const download = async (query: string, headers: Record<string, string>) => {
    const res = await fetch(`${gw.url}/champions/champions.csv${query}`, { headers });
    return { status: res.status, rows: parse(await res.text(), { bom: true }) as string[][] };
  };
  const byName = (rows: string[][]) => Object.fromEntries(rows.slice(1).map((r) => [r[2], r]));

  it('applies the list’s filters and order, and shows e-mails only as the privacy policy allows', async () => {
    const csv = await download('?search=exportable&language=es', { authorization: `Bearer ${editor}` });
    expect(csv.status).toBe(200);
    expect(csv.rows[0]).toEqual(HEADER);
    // Sorted by family name; the francophone is filtered out.
    expect(csv.rows.slice(1).map((r) => r[2])).toEqual(['Consenting', 'Private']);
    const rows = byName(csv.rows);
    expect(rows['Consenting'][7]).toBe('yes');
    expect(rows['Private'][7]).toBe('no');
    // An editor sees the e-mail of a person who consented, not of one who did not.
    expect(rows['Consenting'][9]).toBe('yes@example.org');
    expect(rows['Private'][9]).toBe('');
    // An admin sees both.
    expect(byName((await download('?search=exportable&language=es', { authorization: `Bearer ${admin}` })).rows)['Private'][9]).toBe('no@example.org');
  });

  it('gives partners only champions of published practices, without training records', async () => {
    const key = (await createApiKey(gw, admin, ['READ'])).key;
    const csv = await download('?search=exportable', { 'x-api-key': key });
    expect(csv.rows.slice(1).map((r) => r[0]).sort()).toEqual([published, csv.rows.slice(1).find((r) => r[2] === 'Francophone')?.[0]].sort());
    expect(csv.rows.slice(1).map((r) => r[0])).not.toContain(unpublished);
    expect(csv.rows.slice(1).every((r) => r[7] === '' && r[9] === '')).toBe(true);
  });
});
