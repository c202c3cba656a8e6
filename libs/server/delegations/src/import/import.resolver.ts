import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, ValidationError, type RequestContext } from '@lr/server-core';
import { DELEGATIONS } from '../common/access';
import { templateCsv } from './participant-csv';
import { ParticipantImportResult, ParticipantImportService } from './import.service';

/** About 1,000 rows of generous width. */
export const MAX_CSV_CHARACTERS = 1_000_000;

@Resolver()
export class ParticipantImportResolver {
  constructor(private readonly imports: ParticipantImportService) {}

  @Allow.edit(DELEGATIONS)
  @Mutation(() => ParticipantImportResult, {
    description:
      'Imports participants from CSV (see participantImportTemplate), all or nothing. A file with any bad row changes nothing and is refused with BAD_USER_INPUT, ' +
      '`extensions.rows` listing every problem as { row, column, message }. dryRun checks without writing.',
  })
  importParticipants(
    @Ctx() ctx: RequestContext,
    @Arg('routeId', () => ID) routeId: string,
    @Arg('csv') csv: string,
    @Arg('dryRun', { defaultValue: false }) dryRun: boolean,
  ) {
    if (csv.length > MAX_CSV_CHARACTERS) throw ValidationError.field('csv', `must be at most ${MAX_CSV_CHARACTERS.toLocaleString('en')} characters`);
    return this.imports.import(ctx, routeId, csv, dryRun);
  }

  @Allow.read()
  @Query(() => String, { description: 'The CSV template for importParticipants: the header and an example row' })
  participantImportTemplate() {
    return templateCsv();
  }
}

