import {
  cleanLocalized,
  ConflictError,
  LANGUAGES,
  loadForUpdate,
  ReferenceCheck,
  Service,
  StaleVersionError,
  ValidationError,
  type FieldProblem,
  type RequestContext,
} from '@lr/server-core';
import { CountryRef } from '@lr/server-core-domain';
import { placeholderProblems } from './placeholders';
import type { SaveVisaLetterTemplateInput } from './visa-letter-template.inputs';
import { VisaLetterTemplate } from './visa-letter-template.entity';

@Service()
export class VisaLetterTemplateService {
  /** The host country's template, or null when it has none yet. */
  byCountry(ctx: RequestContext, hostCountryCode: string): Promise<VisaLetterTemplate | null> {
    return ctx.repo(VisaLetterTemplate).findOne({ where: { hostCountryCode: hostCountryCode.trim().toUpperCase() } });
  }

  list(ctx: RequestContext): Promise<VisaLetterTemplate[]> {
    return ctx.repo(VisaLetterTemplate).find({ order: { hostCountryCode: 'ASC' } });
  }

  /**
   * Creates the country's template (no version given) or changes it at the version read. Two
   * editors creating the first one at once: the second is refused with CONFLICT by the unique
   * index on the country, and reads the first before saving again.
   */
  async save(ctx: RequestContext, input: SaveVisaLetterTemplateInput): Promise<VisaLetterTemplate> {
    const problems: FieldProblem[] = [];
    const required = (path: string, value: string) => {
      const trimmed = value.trim();
      if (!trimmed) problems.push({ path, message: 'must not be blank', constraint: 'isNotEmpty' });
      return trimmed;
    };
    const issuerName = required('input.issuerName', input.issuerName);
    const issuerAddress = required('input.issuerAddress', input.issuerAddress);
    const signatoryName = required('input.signatoryName', input.signatoryName);
    const body = cleanLocalized(input.body);
    if (!body.en) problems.push({ path: 'input.body.en', message: 'is required: letters fall back to English for travellers whose language has no version', constraint: 'englishBody' });
    for (const language of LANGUAGES) {
      for (const problem of placeholderProblems(body[language] ?? '')) problems.push({ path: `input.body.${language}`, ...problem });
    }
    const check = new ReferenceCheck(ctx);
    for (const problem of problems) check.add(problem.path, problem.message, problem.constraint);
    await check.one(CountryRef, input.hostCountryCode, 'input.hostCountryCode');
    check.assertValid();

    const repo = ctx.repo(VisaLetterTemplate);
    const existing = await repo.findOne({ where: { hostCountryCode: input.hostCountryCode }, lock: { mode: 'pessimistic_write' } });
    let template: VisaLetterTemplate;
    if (existing) {
      if (input.version === undefined || input.version === null) {
        throw new ConflictError(`${input.hostCountryCode} already has a visa letter template (version ${existing.version}): read it and send the version you read`, {
          currentVersion: existing.version,
        });
      }
      if (existing.version !== input.version) throw new StaleVersionError('VisaLetterTemplate', existing.id, input.version, existing.version);
      template = existing;
    } else {
      if (input.version !== undefined && input.version !== null) {
        throw new ConflictError(`${input.hostCountryCode} has no visa letter template any more (it was deleted since you read it); leave out the version to create one`);
      }
      template = repo.create({ hostCountryCode: input.hostCountryCode });
    }
    Object.assign(template, { issuerName, issuerAddress, signatoryName, signatoryTitle: cleanLocalized(input.signatoryTitle), body });
    return repo.save(template);
  }

  async remove(ctx: RequestContext, hostCountryCode: string, version: number): Promise<string> {
    const found = await this.byCountry(ctx, hostCountryCode);
    if (!found) throw ValidationError.field('hostCountryCode', `${hostCountryCode} has no visa letter template`, 'templateExists');
    const template = await loadForUpdate(ctx, VisaLetterTemplate, found.id, version);
    await ctx.repo(VisaLetterTemplate).remove(template);
    return found.id;
  }
}
