import { Language } from '@lr/server-core';
import { pdfText } from '@lr/server-core/testing';
import { getDocumentProxy } from 'unpdf';
import { PlanStatus } from '../plans/plan-status';
import { Recommendation } from '../reviews/recommendation';
import { SmartRule } from '../smart/smart-rule';
import { planPdf } from './plan-pdf';
import type { PlanPrint } from './plan-print';

const plan = (overrides: Partial<PlanPrint> = {}): PlanPrint => ({
  language: Language.FR,
  title: 'Plan national de nutrition',
  delegation: 'Équipe du Bénin',
  country: 'Bénin',
  route: 'Route Pérou 2025',
  status: PlanStatus.IN_REVIEW,
  version: { number: 2, submittedAt: new Date('2025-06-03T10:00:00Z') },
  context: 'Le conseil national a adopté une stratégie.',
  innovations: 'Les comités communaux.',
  practices: ['Comités de vigilance (Pérou)'],
  objectives: [
    { statement: 'Adopter des engagements', indicator: 'Engagements adoptés', baselineValue: '12.5000', baselineDate: '2025-01-01', targetValue: '1250.0000', targetDate: '2026-12-31', unit: '%' },
  ],
  activities: [
    { description: 'Atelier de chiffrage', responsible: 'Ministère de la santé', startDate: '2025-07-01', dueDate: '2025-07-31', resources: 'Salle, experts', budget: { minorUnits: '120050', currency: 'USD' } },
  ],
  expectedResults: 'Un budget voté.',
  smart: { passes: false, items: [{ path: 'objectives.1.targetDate', rule: SmartRule.OBJECTIVE_TARGET_AFTER_BASELINE }] },
  reviews: [
    { reviewerName: 'Ana Ruiz', recommendation: Recommendation.REVISE, summary: 'Bonne base.', at: new Date('2025-06-04T09:00:00Z'), comments: [{ section: 'objectives.1', comment: 'Précisez la source.' }] },
  ],
  ...overrides,
});

describe('plan PDF', () => {
  it('prints a French plan in French, with its figures, SMART findings and reviews', async () => {
    const { text } = await pdfText(await planPdf(plan()));
    for (const words of [
      'Plan d’action',
      'Plan national de nutrition',
      'Délégation',
      'Équipe du Bénin',
      'Statut : En revue',
      'Version 2, soumise le 3 juin 2025',
      'Situation de départ',
      '12,5 %',
      '1 250 %',
      '1 janv. 2025',
      '1 200,50 USD',
      'Ministère de la santé',
      '1 point ne passe pas la vérification',
      'Objectif 1 : la date cible n’est pas postérieure à la date de départ',
      'Revue de Ana Ruiz, 4 juin 2025',
      'À réviser',
      'Précisez la source.',
      'Comités de vigilance (Pérou)',
    ]) {
      expect(text).toContain(words);
    }
    expect(text).not.toContain('Objective');
  });

  it('marks a plan never submitted as a draft and prints no reviews', async () => {
    const { text } = await pdfText(await planPdf(plan({ language: Language.EN, version: null, status: PlanStatus.DRAFT, reviews: [] })));
    expect(text).toContain('DRAFT');
    expect(text).toContain('Draft: never submitted');
    expect(text).not.toContain('Reviews of this version');
  });

  it('heads every further page with the plan, and goes on with a cut paragraph in its own type', async () => {
    const context = Array.from({ length: 250 }, (_, i) => `Sentence ${i + 1} of a long context.`).join(' ');
    const bytes = await planPdf(plan({ language: Language.EN, context }));
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    expect(pdf.numPages).toBeGreaterThan(1);
    const items = ((await (await pdf.getPage(2)).getTextContent()).items as { str: string; transform: number[] }[]).filter((i) => i.str.trim());
    expect(items[0]).toMatchObject({ str: 'Plan national de nutrition — Version 2', transform: [8, 0, 0, 8, 50, expect.any(Number)] });
    // The context paragraph goes on at 10 points, not at the head's 8.
    expect(items[1].str).toMatch(/^(Sentence|of|a|long|context|\d)/);
    expect(items[1].transform[0]).toBe(10);
  });

  it('repeats table heads on a new page and keeps long plans whole', async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ ...plan().objectives[0], statement: `Objective number ${i + 1}` }));
    const { text, pages } = await pdfText(await planPdf(plan({ language: Language.EN, objectives: many })));
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain('Objective number 40');
    expect(text.split('Indicator').length - 1).toBeGreaterThan(1);
  });
});
