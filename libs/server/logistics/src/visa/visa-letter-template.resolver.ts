import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, Cost, joinedOr, localizedFieldsResolver, ToOne, type RequestContext } from '@lr/server-core';
import { Country, loadCountry } from '@lr/server-core-domain';
import { LOGISTICS } from '../common/access';
import { PLACEHOLDERS } from './placeholders';
import { SaveVisaLetterTemplateInput } from './visa-letter-template.inputs';
import { VisaLetterTemplate } from './visa-letter-template.entity';
import { VisaLetterTemplateService } from './visa-letter-template.service';

@Resolver(() => VisaLetterTemplate)
export class VisaLetterTemplateResolver {
  constructor(private readonly templates: VisaLetterTemplateService) {}

  @Allow.user()
  @Query(() => VisaLetterTemplate, { nullable: true, description: "The host country's visa letter template; null while it has none" })
  visaLetterTemplate(@Ctx() ctx: RequestContext, @Arg('hostCountryCode') hostCountryCode: string) {
    return this.templates.byCountry(ctx, hostCountryCode);
  }

  @Allow.user()
  @Cost({ assumedSize: 20 })
  @Query(() => [VisaLetterTemplate], { description: 'Every host country’s template, by country code' })
  visaLetterTemplates(@Ctx() ctx: RequestContext) {
    return this.templates.list(ctx);
  }

  @Allow.user()
  @Cost({ assumedSize: 9 })
  @Query(() => [String], { description: 'The placeholders a letter body may use, without their braces' })
  visaLetterPlaceholders() {
    return [...PLACEHOLDERS];
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => VisaLetterTemplate, {
    description: 'Creates the host country’s template (no version) or changes it at the version read; an unknown placeholder is BAD_USER_INPUT naming it',
  })
  saveVisaLetterTemplate(@Ctx() ctx: RequestContext, @Arg('input') input: SaveVisaLetterTemplateInput) {
    return this.templates.save(ctx, input);
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => ID, { description: 'Removes the host country’s template; returns its id' })
  deleteVisaLetterTemplate(@Ctx() ctx: RequestContext, @Arg('hostCountryCode') hostCountryCode: string, @Arg('version', () => Int) version: number) {
    return this.templates.remove(ctx, hostCountryCode, version);
  }

  @ToOne('hostCountry')
  @FieldResolver(() => Country, { nullable: true })
  hostCountry(@Ctx() ctx: RequestContext, @Root() template: VisaLetterTemplate) {
    return joinedOr(template.hostCountry, () => loadCountry(ctx, template.hostCountryCode));
  }
}

/** `body(lang)` / `bodyTranslations` and `signatoryTitle(lang)` / `signatoryTitleTranslations`. */
export const VisaLetterTemplateTextResolver = localizedFieldsResolver(VisaLetterTemplate, [
  { name: 'body', description: 'In the asked language, falling back to English' },
  { name: 'signatoryTitle', nullable: true },
]);
