import type { ModulePart } from '@lr/server-core';
import { CommunityOfPractice } from './community-of-practice.entity';
import { CommunityOfPracticeResolver, CommunityOfPracticeTextResolver } from './community-of-practice.resolver';
import { CommunityOfPracticeService } from './community-of-practice.service';
import { mountCommunitiesCsv } from './communities-csv';
import { mountEventsCsv } from './events-csv';
import { FollowUpEvent } from './follow-up-event.entity';
import { FollowUpEventResolver, FollowUpEventTextResolver } from './follow-up-event.resolver';
import { FollowUpEventService } from './follow-up-event.service';
import { RouteFollowUpResolver } from './route-follow-up.resolver';
import { ScalingStory } from './scaling-story.entity';
import { ScalingStoryResolver, ScalingStoryTextResolver } from './scaling-story.resolver';
import { ScalingStoryService } from './scaling-story.service';
import { mountStoriesCsv } from './stories-csv';

/** What the events area adds to the follow-up module: follow-up events, scaling-up stories, communities of practice. */
export const eventsPart: ModulePart = {
  entities: [FollowUpEvent, ScalingStory, CommunityOfPractice],
  resolvers: [
    FollowUpEventResolver,
    FollowUpEventTextResolver,
    ScalingStoryResolver,
    ScalingStoryTextResolver,
    CommunityOfPracticeResolver,
    CommunityOfPracticeTextResolver,
    RouteFollowUpResolver,
  ],
  services: [FollowUpEventService, ScalingStoryService, CommunityOfPracticeService],
  // The lists as CSV (issue 14).
  http: (http) => {
    mountEventsCsv(http);
    mountStoriesCsv(http);
    mountCommunitiesCsv(http);
  },
};
