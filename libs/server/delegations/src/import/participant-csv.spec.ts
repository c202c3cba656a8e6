import { parseParticipantCsv, templateCsv } from './participant-csv';

const HEADER = 'delegation,email,sector';

describe('parsing the participants CSV', () => {
  it('reads the template’s example row', () => {
    const { rows, problems } = parseParticipantCsv(templateCsv());
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      expect.objectContaining({ row: 2, delegation: 'Guatemala', delegationKind: 'NATIONAL_TEAM', delegationCountry: 'GT', email: 'ana.lopez@example.org', sector: 'GOVERNMENT', blogger: false }),
    ]);
  });

  it('accepts a byte-order mark, header case, spaces, lower-case values and yes/no in several languages', () => {
    const { rows, problems } = parseParticipantCsv('\uFEFFDelegation,EMAIL,Sector,Blogger,Decision_Power\n Kenya , A@B.org ,civil society,oui,high\n');
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ delegation: 'Kenya', email: 'a@b.org', sector: 'CIVIL_SOCIETY', blogger: true, decisionPower: 'HIGH' });
  });

  it('reports broken CSV, an empty file and a header without rows', () => {
    expect(parseParticipantCsv('a,"b\n').problems[0].message).toMatch(/^The file is not valid CSV/);
    expect(parseParticipantCsv('').problems).toEqual([{ row: 0, column: null, code: 'EMPTY_FILE', message: 'The file is empty: download the template for the columns' }]);
    expect(parseParticipantCsv(`${HEADER}\n`).problems).toEqual([{ row: 1, column: null, code: 'NO_ROWS', message: 'The file has a header but no participants' }]);
  });

  it('reports every problem of every row, with its column', () => {
    const { problems } = parseParticipantCsv(`${HEADER},gender,language,delegation_country\n,x@y.org,ARMY,PERSON,english,GTM\n`);
    expect(problems.map(({ column, code, params }) => ({ column, code, params }))).toEqual([
      { column: 'delegation', code: 'REQUIRED', params: undefined },
      { column: 'sector', code: 'NOT_ONE_OF', params: { allowed: 'GOVERNMENT, CIVIL_SOCIETY, UN, DONOR, BUSINESS, ACADEMIA' } },
      { column: 'gender', code: 'NOT_ONE_OF', params: { allowed: 'FEMALE, MALE, OTHER, UNDISCLOSED' } },
      { column: 'delegation_country', code: 'BAD_CODE', params: { example: 'GT' } },
      { column: 'language', code: 'BAD_CODE', params: { example: 'es' } },
    ]);
    expect(problems.every((p) => p.row === 2 && p.message.length > 0)).toBe(true);
  });

  it('refuses more than 1,000 rows', () => {
    const text = [HEADER, ...Array.from({ length: 1001 }, (_, i) => `D,p${i}@x.org,UN`)].join('\n');
    expect(parseParticipantCsv(text).problems).toEqual([{ row: 0, column: null, code: 'TOO_MANY_ROWS', params: { max: 1000, rows: 1001 }, message: 'At most 1000 rows per file; this one has 1001' }]);
  });
});
