import ExcelJS from 'exceljs';
import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import {
  createApiKey,
  download,
  errorOf,
  ok,
  pdfText,
  ROUTE_REPORT,
  startDemoGateway,
} from './helpers';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Row = (string | number | null)[];
/** A sheet's rows as plain values (ExcelJS's rows are 1-based with an empty first cell). */
const rowsOf = (sheet: ExcelJS.Worksheet): Row[] => {
  const out: Row[] = [];
  sheet.eachRow((row) => out.push(Array.from((row.values as Row).slice(1), (v) => v ?? null)));
  return out;
};

/** The demo's Peru route (hosted by Peru, 2014): its report has a figure from every module. */
describe('reports on the demo data', () => {
  let gw: TestGateway;
  let admin: string;
  let routeId: string;
  let programmeId: string;

  beforeAll(async () => {
    gw = await startDemoGateway();
    admin = await gw.tokenFor(Role.ADMIN);
    [{ id: routeId, programme_id: programmeId }] = await gw.dataSource.query(
      `SELECT id, programme_id FROM learning_route WHERE host_country_code = 'PE'`,
    );
  }, 300_000);
  afterAll(() => gw?.close());

  it("counts the Peru route's five delegations of three selected participants each, its two cases and its eight-day agenda", async () => {
    const r = await ok(gw, ROUTE_REPORT, { id: routeId }, { token: admin });
    expect(r.participation).toMatchObject({
      delegations: 5,
      participants: 15,
      selected: 15,
      byStatus: [{ key: 'SELECTED', count: 15 }],
    });
    expect(
      r.participation.byCountry.map((c: { key: string; count: number }) => [c.key, c.count]),
    ).toEqual([
      ['BJ', 3],
      ['GT', 3],
      ['LA', 3],
      ['SL', 3],
      ['TZ', 3],
    ]);
    expect(r.participation.byCountry[0].label).toBe('Benin');
    expect(r.participation.bySector).toEqual([
      { key: 'CIVIL_SOCIETY', count: 5 },
      { key: 'GOVERNMENT', count: 5 },
      { key: 'UN', count: 5 },
    ]);
    expect(r.participation.byGender).toEqual([
      { key: 'FEMALE', count: 8 },
      { key: 'MALE', count: 7 },
    ]);
    expect(
      r.practices.map((p: { title: string; isCase: boolean; sessions: number }) => [
        p.title,
        p.isCase,
        p.sessions,
      ]),
    ).toEqual([
      ['District multi-sectoral articulation against chronic child malnutrition', true, 3],
      ['Results-based budgeting for nutrition', true, 3],
    ]);
    expect(r.agenda).toMatchObject({
      days: 8,
      sessions: 16,
      blockingFindings: 0,
      warningFindings: 0,
    });
    expect(r.agenda.byType.find((t: { key: string }) => t.key === 'CASE_VISIT').count).toBe(2);
  });

  it('shows one plan in each status but review, the USD 12,000 fund and the USD 8,500 awarded to Tanzania’s plan', async () => {
    const { plans } = await ok(gw, ROUTE_REPORT, { id: routeId }, { token: admin });
    expect(plans.byStatus.map((c: { key: string; count: number }) => [c.key, c.count])).toEqual([
      ['DRAFT', 1],
      ['SUBMITTED', 1],
      ['IN_REVIEW', 0],
      ['REVISION_REQUESTED', 1],
      ['FINAL', 1],
      ['AWARDED', 1],
    ]);
    expect(plans).toMatchObject({
      total: 5,
      fund: { amount: '12000.00', currency: 'USD' },
      awarded: { amount: '8500.00', currency: 'USD' },
      awards: 2,
    });
    const tanzania = plans.plans.find((p: { delegation: string }) => p.delegation === 'Tanzania');
    expect(tanzania).toMatchObject({ status: 'AWARDED', awarded: { amount: '8500.00' } });
    expect([...tanzania.awardKinds].sort()).toEqual(['CASH', 'TECHNICAL_ASSISTANCE_VISIT']);
  });

  it('has the indicators of the accepted plans off track or without data, and the six-month survey answered by 10 of 15', async () => {
    const r = await ok(gw, ROUTE_REPORT, { id: routeId }, { token: admin });
    expect(r.indicators).toMatchObject({ total: 4, onTrack: 0, offTrack: 3, noData: 1 });
    expect(
      r.indicators.indicators
        .map((i: { progressPercent: string | null }) => i.progressPercent)
        .sort(),
    ).toEqual(['20', '33.3', '58.3', null].sort());
    expect(r.surveys).toEqual([
      {
        title: 'Six months after the Peru learning route',
        invited: 15,
        answered: 10,
        responseRate: 66.7,
      },
    ]);
  });

  it("gives the budget exactly as logistics' routeBudget does, the action fund at GBP 7,068 planned and 5,006.50 awarded", async () => {
    const { budget } = await ok(gw, ROUTE_REPORT, { id: routeId }, { token: admin });
    const own = await ok(
      gw,
      `query($id: ID!) { routeBudget(routeId: $id) { currency planned { minorUnits } actual { minorUnits } categories { category planned { minorUnits } actual { minorUnits } } } }`,
      { id: routeId },
      { token: admin },
    );
    expect(budget.currency).toBe('GBP');
    expect([budget.planned.minorUnits, budget.actual.minorUnits]).toEqual([
      own.planned.minorUnits,
      own.actual.minorUnits,
    ]);
    expect(
      budget.categories.map(
        (c: {
          category: string;
          planned: { minorUnits: string };
          actual: { minorUnits: string };
        }) => [c.category, c.planned.minorUnits, c.actual.minorUnits],
      ),
    ).toEqual(
      own.categories.map(
        (c: {
          category: string;
          planned: { minorUnits: string };
          actual: { minorUnits: string };
        }) => [c.category, c.planned.minorUnits, c.actual.minorUnits],
      ),
    );
    expect(
      budget.categories.find((c: { category: string }) => c.category === 'ACTION_FUND'),
    ).toMatchObject({ planned: { amount: '7068.00' }, actual: { amount: '5006.50' } });
    // Variance is planned − actual, to the penny.
    expect(BigInt(budget.planned.minorUnits) - BigInt(budget.actual.minorUnits)).toBe(
      BigInt(budget.variance.amount.replace('.', '')),
    );
  });

  it.each([
    [
      'en',
      [
        'Route report',
        'Participants: 15',
        'Selected: 15',
        'Days: 8',
        'Action fund: USD 12,000.00',
        'Awarded: USD 8,500.00',
        'On track',
        'Invited 15; Answered 10; Response rate (%) 66.7',
        'GBP 7,068.00',
        'Spent (%): 79.9',
        'Progress (%) 33.3',
      ],
    ],
    [
      'fr',
      [
        'Rapport de la route',
        'Participants: 15',
        'Sélectionnés: 15',
        'Jours: 8',
        "Fonds d'action: 12 000,00 USD",
        'Attribué: 8 500,00 USD',
        'En bonne voie',
        // Percentages with the language's decimal separator, as amounts.
        'Invités 15; Réponses 10; Taux de réponse (%) 66,7',
        '7 068,00 GBP',
        'Dépensé (%): 79,9',
        'Progrès (%) 33,3',
      ],
    ],
    [
      'es',
      [
        'Informe de la ruta',
        'Participantes: 15',
        'Seleccionados: 15',
        'Días: 8',
        'Fondo de acción: 12.000,00 USD',
        'Otorgado: 8500,00 USD',
        'En camino',
        'Invitados 15; Respuestas 10; Tasa de respuesta (%) 66,7',
        '7068,00 GBP',
        'Gastado (%): 79,9',
        'Avance (%) 33,3',
      ],
    ],
  ])('prints the report as a PDF in %s with its figures and charts', async (lang, expected) => {
    const res = await download(gw, `/reports/routes/${routeId}/report.pdf?lang=${lang}`, {
      token: admin,
    });
    expect([res.status, res.type, res.language]).toEqual([200, 'application/pdf', lang]);
    const { text } = await pdfText(res.body);
    const flat = text.replace(/\s+/g, ' ');
    for (const figure of expected) expect(flat).toContain(figure);
  });

  it('prints an amount beyond a float’s precision to the cent, in each language', async () => {
    // USD 999,999,999,999,999.99: as a float it would print 1,000,000,000,000,000.00.
    const [{ amount_minor: before }] = await gw.dataSource.query(
      `SELECT amount_minor::text FROM action_fund WHERE route_id = $1`,
      [routeId],
    );
    await gw.dataSource.query(
      `UPDATE action_fund SET amount_minor = 99999999999999999 WHERE route_id = $1`,
      [routeId],
    );
    try {
      for (const [lang, expected] of [
        ['en', 'USD 999,999,999,999,999.99'],
        ['fr', '999 999 999 999 999,99 USD'],
        ['es', '999.999.999.999.999,99 USD'],
      ]) {
        const res = await download(gw, `/reports/routes/${routeId}/report.pdf?lang=${lang}`, {
          token: admin,
        });
        expect((await pdfText(res.body)).text.replace(/\s+/g, ' ')).toContain(expected);
      }
    } finally {
      await gw.dataSource.query(`UPDATE action_fund SET amount_minor = $2 WHERE route_id = $1`, [
        routeId,
        before,
      ]);
    }
  });

  it('writes the workbook with one sheet per part, numbers as numbers and money in the currency’s format', async () => {
    const res = await download(gw, `/reports/routes/${routeId}/report.xlsx?lang=en`, {
      token: admin,
    });
    expect([res.status, res.type]).toEqual([200, XLSX]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Participants and delegations',
      'Practices visited',
      'Agenda as run',
      'Action plans and awards',
      'Indicator progress',
      'Survey results',
      'Budget planned vs actual',
    ]);

    const participation = rowsOf(book.getWorksheet('Participants and delegations')!);
    expect(participation[0]).toEqual(['Kind', 'Value', 'Count']);
    expect(book.getWorksheet('Participants and delegations')!.getRow(1).font?.bold).toBe(true);
    expect(participation).toContainEqual(['Total', 'Participants', 15]);
    expect(participation).toContainEqual(['By gender', 'Female', 8]);
    expect(participation).toContainEqual(['By country', 'Tanzania', 3]);

    expect(rowsOf(book.getWorksheet('Agenda as run')!)).toEqual(
      expect.arrayContaining([
        ['Days', 8],
        ['Sessions', 16],
        ['Blocking findings', 0],
      ]),
    );

    const plans = rowsOf(book.getWorksheet('Action plans and awards')!);
    expect(plans.find((r) => r[0] === 'Tanzania')?.slice(2, 4)).toEqual(['Awarded', 8500]);
    expect(plans).toContainEqual(['Total', 'Action fund', null, 12000]);
    expect(book.getWorksheet('Action plans and awards')!.getCell('D2').numFmt).toContain('USD');

    expect(rowsOf(book.getWorksheet('Survey results')!)[1]).toEqual([
      'Six months after the Peru learning route',
      'Closed',
      15,
      10,
      66.7,
    ]);
    expect(rowsOf(book.getWorksheet('Indicator progress')!)).toEqual(
      expect.arrayContaining([
        ['Total', 'Off track', 3],
        ['Total', 'No data', 1],
      ]),
    );

    const budgetSheet = book.getWorksheet('Budget planned vs actual')!;
    const fund = rowsOf(budgetSheet).find((r) => r[0] === 'Action fund')!;
    expect(fund.slice(0, 3)).toEqual(['Action fund', 7068, 5006.5]);
    const fundRow = rowsOf(budgetSheet).findIndex((r) => r[0] === 'Action fund') + 1;
    expect(budgetSheet.getCell(fundRow, 2).numFmt).toContain('GBP');
  });

  it('names the sheets in the language asked', async () => {
    const res = await download(gw, `/reports/routes/${routeId}/report.xlsx?lang=es`, {
      token: admin,
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as unknown as ArrayBuffer);
    expect(book.worksheets[0].name).toBe('Participantes y delegaciones');
    expect(rowsOf(book.worksheets[0])).toContainEqual(['Total', 'Participantes', 15]);
  });

  it("adds the programme's routes up and gives its budget as programmeBudget does", async () => {
    const query = `query($id: ID!) { programmeReport(programmeId: $id) { programme { id } routes { route { id } participation { participants } }
      participation { participants } plans { total awarded { amount } } indicators { total } surveys { invited } budget { planned { minorUnits } actual { minorUnits } } } }`;
    const p = await ok(gw, query, { id: programmeId }, { token: admin });
    const own = await ok(
      gw,
      `query($id: ID!) { programmeBudget(programmeId: $id) { planned { minorUnits } actual { minorUnits } } }`,
      { id: programmeId },
      { token: admin },
    );
    expect(p.routes.map((r: { route: { id: string } }) => r.route.id)).toContain(routeId);
    const sum = p.routes.reduce(
      (t: number, r: { participation: { participants: number } }) =>
        t + r.participation.participants,
      0,
    );
    expect(p.participation.participants).toBe(sum);
    expect(p.participation.participants).toBeGreaterThanOrEqual(15);
    expect(p.plans.total).toBeGreaterThanOrEqual(5);
    expect(p.budget).toEqual(own);
    const pdf = await download(gw, `/reports/programmes/${programmeId}/report.pdf?lang=fr`, {
      token: admin,
    });
    expect(pdf.status).toBe(200);
    expect((await pdfText(pdf.body)).text).toContain('Rapport du programme');
    const xlsx = await download(gw, `/reports/programmes/${programmeId}/report.xlsx`, {
      token: admin,
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    expect(book.worksheets[0].name).toBe('Routes');
    expect(rowsOf(book.worksheets[1])).toContainEqual(['Total', 'Participants', sum]);
  });

  it.each([
    ['an admin', async () => ({ token: admin })],
    ["a partner's key", async () => ({ apiKey: (await createApiKey(gw, admin, ['READ'])).key })],
  ])(
    "gives %s each route of a programme's report as that route's own report (the modules' reads of all routes at once)",
    async (_who, credentials) => {
      const auth = await credentials();
      // The route report's selection, asked of every route of the programme's report.
      const selection = ROUTE_REPORT.slice(
        ROUTE_REPORT.indexOf('{', ROUTE_REPORT.indexOf('routeReport')),
      );
      const p = await ok(
        gw,
        `query($id: ID!) { programmeReport(programmeId: $id) { routes ${selection} }`,
        { id: programmeId },
        auth,
      );
      expect(p.routes.length).toBeGreaterThan(1);
      for (const section of p.routes)
        expect(section).toEqual(await ok(gw, ROUTE_REPORT, { id: section.route.id }, auth));
    },
  );

  describe('who reads reports', () => {
    it('lets reviewers and viewers read the whole report, budget included', async () => {
      for (const role of [Role.REVIEWER, Role.VIEWER]) {
        const r = await ok(gw, ROUTE_REPORT, { id: routeId }, { token: await gw.tokenFor(role) });
        expect([r.budget?.currency, r.surveys.length, r.agenda.blockingFindings]).toEqual([
          'GBP',
          1,
          0,
        ]);
      }
    });

    it('refuses PARTICIPANT users, in the API and the downloads', async () => {
      const token = await gw.tokenFor(Role.PARTICIPANT);
      errorOf(await gw.graphql(ROUTE_REPORT, { id: routeId }, { token }), 'FORBIDDEN');
      errorOf(
        await gw.graphql(
          `query($id: ID!) { programmeReport(programmeId: $id) { plans { total } } }`,
          { id: programmeId },
          { token },
        ),
        'FORBIDDEN',
      );
      expect((await download(gw, `/reports/routes/${routeId}/report.pdf`, { token })).status).toBe(
        403,
      );
      expect(
        (await download(gw, `/reports/programmes/${programmeId}/report.xlsx`, { token })).status,
      ).toBe(403);
    });

    it('refuses callers without credentials', async () => {
      errorOf(await gw.graphql(ROUTE_REPORT, { id: routeId }, {}), 'UNAUTHENTICATED');
      expect((await download(gw, `/reports/routes/${routeId}/report.xlsx`)).status).toBe(401);
    });

    it("gives partners' keys what their modules show them: selected people, accepted plans, plan-born indicators, no money, findings or survey rates", async () => {
      const { key } = await createApiKey(gw, admin, ['READ']);
      const r = await ok(gw, ROUTE_REPORT, { id: routeId }, { apiKey: key });
      expect(r.budget).toBeNull();
      expect(r.surveys).toEqual([]);
      expect([r.agenda.blockingFindings, r.agenda.days]).toEqual([null, 8]);
      expect(r.participation.participants).toBe(15);
      expect(r.plans.plans.map((p: { status: string }) => p.status).sort()).toEqual([
        'AWARDED',
        'FINAL',
      ]);
      const [{ n }] = await gw.dataSource.query(
        `SELECT count(*)::int AS n FROM tracked_indicator WHERE route_id = $1 AND plan_id IS NOT NULL`,
        [routeId],
      );
      expect(r.indicators.total).toBe(n);
      const pdf = await download(gw, `/reports/routes/${routeId}/report.pdf?lang=en`, {
        apiKey: key,
      });
      expect(pdf.status).toBe(200);
      expect((await pdfText(pdf.body)).text.replace(/\s+/g, ' ')).toContain(
        'Not shown to this reader',
      );
    });

    it('answers NOT_FOUND for an unknown route and BAD_USER_INPUT for a language it does not print', async () => {
      errorOf(
        await gw.graphql(
          ROUTE_REPORT,
          { id: '00000000-0000-4000-8000-000000000000' },
          { token: admin },
        ),
        'NOT_FOUND',
      );
      expect(
        (
          await download(gw, `/reports/routes/00000000-0000-4000-8000-000000000000/report.pdf`, {
            token: admin,
          })
        ).status,
      ).toBe(404);
      const bad = await download(gw, `/reports/routes/${routeId}/report.pdf?lang=de`, {
        token: admin,
      });
      expect(bad.status).toBe(400);
      expect(JSON.parse(bad.body.toString()).errors[0].extensions.fields).toEqual([
        { path: 'lang', message: 'must be one of en, fr, es' },
      ]);
    });
  });
});
