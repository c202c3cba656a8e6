import { Role } from '@lr/server-core';
import { completeAssessment, createApiKey, createPractice, ok, practiceIn, restErrorOf, startPracticesGateway, whoIs, type PracticesGateway } from './practices-gateway';

/** Splits our CSV (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else {
      field += c;
    }
  }
  return rows;
}

describe('CSV export of practices with their assessment details', () => {
  let gw: PracticesGateway;
  let editor: string;
  let scored: string;
  let reviewer: { token: string; id: string };

  beforeAll(async () => {
    gw = await startPracticesGateway();
    editor = await gw.tokenFor(Role.EDITOR, ['practices']);
    scored = await practiceIn(gw, editor, 'SELECTED', { title: { en: 'Scored, "quoted" practice', fr: 'Pratique notée' }, locality: 'Kolda, Sénégal', countryCode: 'SN', level: 'COMMUNITY' });
    reviewer = await completeAssessment(gw, editor, scored, [5, 4, 3, 2, 1, 0, 5], '=cmd|evil');
    await createPractice(gw, editor, { title: { en: 'Unassessed practice' }, countryCode: 'PE' });
  });
  afterAll(() => gw.close());

  const csv = async (query: string, headers: Record<string, string> = { authorization: `Bearer ${editor}` }) => {
    const res = await fetch(`${gw.url}/practices/export.csv${query}`, { headers });
    const bytes = Buffer.from(await res.arrayBuffer());
    // The kit's streamed CSV starts with a UTF-8 BOM (so Excel reads accents right); the rows come after it.
    const text = bytes.toString('utf8');
    return { res, bytes, rows: parseCsv(text.startsWith('\ufeff') ? text.slice(1) : text) };
  };

  it('writes one row per criterion score of each assessment, and one for a practice without any', async () => {
    const { res, bytes, rows } = await csv('');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="practices.csv"; filename*=UTF-8''practices.csv`);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...body] = rows;
    expect(header).toEqual([
      'practice_id', 'title', 'country_code', 'locality', 'level', 'status', 'thematic_areas', 'practice_score', 'complete_assessments',
      'assessment_id', 'assessor', 'assessment_status', 'submitted_at', 'assessment_score', 'criterion_code', 'criterion_name', 'criterion_weight', 'criterion_score', 'comment',
    ]);
    const scoredRows = body.filter((r) => r[0] === scored);
    // The assessor's first assessment (two with practiceIn: 4 everywhere) plus the second (5,4,3,2,1,0,5).
    expect(scoredRows).toHaveLength(14);
    const me = await whoIs(gw, reviewer.token);
    const mine = scoredRows.filter((r) => r[9] === reviewer.id);
    expect(mine.map((r) => [r[14], r[16], r[17]])).toEqual([
      ['EVIDENCE_OF_SUCCESS', '1', '5'],
      ['REPLICABLE_APPROACH', '1', '4'],
      ['MEETS_NEEDS', '1', '3'],
      ['INNOVATION', '1', '2'],
      ['COLLABORATION', '1', '1'],
      ['SUSTAINABILITY', '1', '0'],
      ['RELEVANCE_TO_LEARNING_AREAS', '1', '5'],
    ]);
    expect(mine[0].slice(1, 13)).toEqual([
      'Scored, "quoted" practice', 'SN', 'Kolda, Sénégal', 'COMMUNITY', 'SELECTED', '', '3.43', '2', reviewer.id, me.displayName, 'SUBMITTED', expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    ]);
    expect(mine[0][13]).toBe('2.86');
    expect(mine[0][15]).toBe('Evidence of success');
    // Comments cannot run as spreadsheet formulas.
    expect(mine[0][18]).toBe("'=cmd|evil");
    const unassessed = body.find((r) => r[1] === 'Unassessed practice')!;
    expect(unassessed.slice(5, 10)).toEqual(['IDENTIFIED', '', '', '0', '']);
    expect(unassessed).toHaveLength(19);
  });

  it('applies the list filters and the caller’s language', async () => {
    const { rows } = await csv('?countryCode=SN&statuses=SELECTED,PUBLISHED', { authorization: `Bearer ${editor}`, 'accept-language': 'fr' });
    expect(new Set(rows.slice(1).map((r) => r[1]))).toEqual(new Set(['Pratique notée']));
    expect((await csv('?statuses=IDENTIFIED')).rows.slice(1).map((r) => r[1])).toEqual(['Unassessed practice']);
    expect((await csv('?search=unassessed')).rows).toHaveLength(2);
    expect((await csv('?level=NATIONAL')).rows).toHaveLength(1);
  });

  it('refuses bad filters with 400 naming the field, in the GraphQL error shape', async () => {
    const get = (query: string) => fetch(`${gw.url}/practices/export.csv${query}`, { headers: { authorization: `Bearer ${editor}` } });
    const country = await restErrorOf(await get('?countryCode=Senegal'), 400, 'BAD_USER_INPUT');
    expect(country.extensions.fields!.map((f) => f.path)).toEqual(['countryCode']);
    const bad = await restErrorOf(await get('?statuses=MAYBE'), 400, 'BAD_USER_INPUT');
    expect(bad.extensions.fields!.map((f) => f.path)).toEqual(['statuses']);
    expect(bad.message).toContain('statuses');
    expect(bad.extensions.requestId).toEqual(expect.any(String));
  });

  it('refuses a NUL byte in the query string with 400 naming the parameter, not a 500', async () => {
    const res = await fetch(`${gw.url}/practices/export.csv?search=%00`, { headers: { authorization: `Bearer ${editor}` } });
    const refused = await restErrorOf(res, 400, 'BAD_USER_INPUT');
    expect(refused.extensions.fields).toEqual([{ path: 'search', message: 'must not contain NUL characters or invalid UTF-8' }]);
  });

  it('follows the independence rule: an assessor who has not submitted sees only their own scores', async () => {
    const { id } = await createPractice(gw, editor, { title: { en: 'Being assessed' } });
    await completeAssessment(gw, editor, id, 5, 'other view');
    const late = await gw.tokenFor(Role.REVIEWER);
    const lateUser = await whoIs(gw, late);
    const assessment = await ok(gw, `mutation($p: ID!, $u: ID!) { assignAssessor(input: { practiceId: $p, assessorId: $u }) { id } }`, { p: id, u: lateUser.id }, { token: editor });
    const { rows } = await csv('?search=Being', { authorization: `Bearer ${late}` });
    expect(rows.slice(1).map((r) => [r[7], r[9], r[11]])).toEqual([['', assessment.id, 'DRAFT']]);
    expect(rows.flat()).not.toContain('other view');
    const partner = (await createApiKey(gw, await gw.tokenFor(Role.ADMIN), [])).key;
    expect((await csv('', { 'x-api-key': partner })).rows).toHaveLength(1);
  });
});
