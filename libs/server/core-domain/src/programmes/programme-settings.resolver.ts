import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, Cost, NotFoundError, PlatformSetting, ReferenceCheck, SettingsService, UpdatePlatformSettingInput, type RequestContext } from '@lr/server-core';
import { ProgrammeRef } from '../common/reference-targets';
import { programmeSettingScope } from './programme-settings';

/**
 * A programme's own values of the run-time settings (composition targets, action fund), for the
 * routes made in it from then on; where it has none, its routes follow the platform's. Checked
 * exactly as the platform's are; programmes' editors set them, as they edit the programme.
 */
@Resolver()
export class ProgrammeSettingsResolver {
  constructor(private readonly settings: SettingsService) {}

  /** The programme, read FOR SHARE so it cannot be deleted before the change commits. */
  private async programme(ctx: RequestContext, programmeId: string, path?: string): Promise<string> {
    const check = new ReferenceCheck(ctx);
    const found = await check.one(ProgrammeRef, programmeId, path ?? 'programmeId');
    if (!found && !path) throw new NotFoundError('Programme', programmeId);
    check.assertValid();
    return programmeSettingScope(programmeId);
  }

  @Allow.edit('core')
  @Cost({ assumedSize: 20 })
  @Query(() => [PlatformSetting], { description: "The settings as a programme's new routes get them: its own values, else the platform's" })
  async programmeSettings(@Ctx() ctx: RequestContext, @Arg('programmeId', () => ID) programmeId: string) {
    return this.settings.list(ctx, await this.programme(ctx, programmeId));
  }

  @Allow.edit('core')
  @Mutation(() => PlatformSetting, { description: "Sets a programme's own value of a setting, for its routes made from now on (existing ones keep theirs)" })
  async updateProgrammeSetting(@Ctx() ctx: RequestContext, @Arg('programmeId', () => ID) programmeId: string, @Arg('input') input: UpdatePlatformSettingInput) {
    return this.settings.update(ctx, input, await this.programme(ctx, programmeId, 'programmeId'));
  }

  @Allow.edit('core')
  @Mutation(() => PlatformSetting, { description: "Drops a programme's own value: its routes made from now on follow the platform's" })
  async clearProgrammeSetting(
    @Ctx() ctx: RequestContext,
    @Arg('programmeId', () => ID) programmeId: string,
    @Arg('key', () => ID) key: string,
    @Arg('version', () => Int, { description: 'The version you read' }) version: number,
  ) {
    return this.settings.clear(ctx, key, await this.programme(ctx, programmeId, 'programmeId'), version);
  }
}
