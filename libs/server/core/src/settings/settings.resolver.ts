import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../auth/allow';
import type { RequestContext } from '../context/request-context';
import { Cost } from '../limits/cost';
import { SettingsService } from './settings.service';
import { PlatformSetting, UpdatePlatformSettingInput } from './settings.types';

/** The run-time settings of the composed modules, for admins. */
@Resolver()
export class SettingsResolver {
  constructor(private readonly settings: SettingsService) {}

  @Allow.admin()
  @Cost({ assumedSize: 20 })
  @Query(() => [PlatformSetting], { description: 'Every setting the modules declare, with its value, default and bounds' })
  platformSettings(@Ctx() ctx: RequestContext) {
    return this.settings.list(ctx);
  }

  @Allow.admin()
  @Query(() => PlatformSetting)
  platformSetting(@Ctx() ctx: RequestContext, @Arg('key', () => ID) key: string) {
    return this.settings.get(ctx, key);
  }

  @Allow.admin()
  @Mutation(() => PlatformSetting, {
    description: 'Changes a setting for records made from now on (existing ones keep theirs); checked as the module checks its own inputs',
  })
  updatePlatformSetting(@Ctx() ctx: RequestContext, @Arg('input') input: UpdatePlatformSettingInput) {
    return this.settings.update(ctx, input);
  }
}
