import type { EntityManager } from 'typeorm';
import type { RequestContext } from '@lr/server-core';
import { Organisation, Person } from '@lr/server-core-domain';
import { Delegation, Participant, SelectionStatus } from '@lr/server-delegations';
import { casePracticeIdsOfRoute } from '@lr/server-practices';
import { CommunityOfPractice } from '../events/community-of-practice.entity';
import { CommunityOfPracticeService } from '../events/community-of-practice.service';
import { FollowUpEvent, FollowUpEventKind } from '../events/follow-up-event.entity';
import { FollowUpEventService } from '../events/follow-up-event.service';
import { ScalingStory } from '../events/scaling-story.entity';
import { ScalingStoryService } from '../events/scaling-story.service';

export const DEMO_COMMUNITY_NAME = 'Comunidad de práctica: articulación territorial para la nutrición';

/** The route's SELECTED participants' people, of one team's country or of all. */
async function peopleOf(manager: EntityManager, routeId: string, countryCode?: string): Promise<string[]> {
  const participants = await manager.getRepository(Participant).find({ where: { routeId, status: SelectionStatus.SELECTED }, order: { createdAt: 'ASC' } });
  if (!countryCode) return participants.map((p) => p.personId);
  const teams = await manager.getRepository(Delegation).findBy({ routeId, countryCode });
  return participants.filter((p) => teams.some((t) => t.id === p.delegationId)).map((p) => p.personId);
}

const organisationId = async (manager: EntityManager, acronym: string) => (await manager.getRepository(Organisation).findOneBy({ acronym }))?.id;

/**
 * Six months after the Peru route: the final virtual meeting of its teams, and the
 * technical-assistance visit Tanzania's plan was awarded (Peru's district coordination team in
 * Dodoma and Iringa). Added through the module's service, unless the route already has events.
 */
export async function seedRouteEvents(ctx: RequestContext, manager: EntityManager, routeId: string): Promise<number> {
  if (await manager.getRepository(FollowUpEvent).existsBy({ routeId })) return 0;
  const events = new FollowUpEventService();
  const everyone = await peopleOf(manager, routeId);
  const host = await manager.getRepository(Person).findOneBy({ email: 'rosa.quispe@example.org' });
  await events.create(ctx, {
    routeId,
    kind: FollowUpEventKind.FINAL_VIRTUAL_MEETING,
    date: '2014-12-11',
    title: { en: 'Final virtual meeting: six months of action plans', es: 'Reunión virtual final: seis meses de planes de acción' },
    notes: {
      en: 'Each team presented what its plan has done since June. Tanzania: four district plans adopted; Guatemala: the first COMUSAN commitment. Benin and Sierra Leone asked for help with targets and dates; the host team offered a visit.',
      es: 'Cada equipo presentó lo que su plan logró desde junio. Tanzania: cuatro planes distritales adoptados; Guatemala: el primer compromiso de una COMUSAN. Benín y Sierra Leona pidieron apoyo con metas y fechas; el equipo anfitrión ofreció una visita.',
    },
    participantIds: host ? [host.id, ...everyone] : everyone,
  });
  const tanzanians = await peopleOf(manager, routeId, 'TZ');
  await events.create(ctx, {
    routeId,
    kind: FollowUpEventKind.TECHNICAL_ASSISTANCE_VISIT,
    date: '2015-03-16',
    title: { en: 'Technical-assistance visit to Dodoma and Iringa', es: 'Visita de asistencia técnica a Dodoma e Iringa' },
    notes: {
      en: 'Five days of Peru’s district coordination team with the Tanzanian team: district planning and costing workshops in Dodoma and Iringa, funded by the route’s award.',
      es: 'Cinco días del equipo peruano de coordinación distrital con el equipo de Tanzania: talleres de planificación y costeo distrital en Dodoma e Iringa, financiados por el premio de la ruta.',
    },
    participantIds: host ? [host.id, ...tanzanians] : tanzanians,
    countryCode: 'TZ',
  });
  return 2;
}

/**
 * Two scaling-up stories of the route's case practices: district multi-sectoral articulation
 * adapted in Guatemala (Huehuetenango, by SESAN), results-based budgeting in Tanzania (by
 * PANITA). Skipped when the route already has stories; null when it has no case practices.
 */
export async function seedScalingStories(ctx: RequestContext, manager: EntityManager, routeId: string): Promise<number | null> {
  if (await manager.getRepository(ScalingStory).existsBy({ routeId })) return 0;
  const [articulation, budgeting] = await casePracticeIdsOfRoute(ctx, routeId);
  if (!articulation) return null;
  const stories = new ScalingStoryService();
  await stories.create(ctx, {
    practiceId: articulation,
    routeId,
    adaptedByOrganisationId: await organisationId(manager, 'SESAN'),
    countryCode: 'GT',
    locality: 'Huehuetenango',
    title: { en: 'District articulation in Huehuetenango’s food security commissions', es: 'Articulación distrital en las COMUSAN de Huehuetenango' },
    result: {
      en: 'Six municipal commissions (COMUSAN) now agree nutrition targets across sectors, as Peru’s district committees do, and civil society follows up their commitments every quarter.',
      es: 'Seis comisiones municipales (COMUSAN) acuerdan ahora metas de nutrición entre sectores, como los comités distritales del Perú, y la sociedad civil da seguimiento trimestral a sus compromisos.',
    },
    evidenceUrl: 'https://example.org/learning-routes/guatemala/comusan-huehuetenango-2015.pdf',
    documentedOn: '2015-11-30',
  });
  if (!budgeting) return 1;
  await stories.create(ctx, {
    practiceId: budgeting,
    routeId,
    adaptedByOrganisationId: await organisationId(manager, 'PANITA'),
    countryCode: 'TZ',
    locality: 'Dodoma and Iringa regions',
    title: { en: 'Following nutrition money in Dodoma and Iringa' },
    result: { en: 'Two regions publish a yearly analysis of their nutrition spending, and eleven district councils cost their nutrition plans with the method seen in Peru.' },
    evidenceUrl: 'https://example.org/learning-routes/tanzania/nutrition-budget-analysis-2016.pdf',
    documentedOn: '2016-05-31',
  });
  return 2;
}

/** The community of practice the route's teams started after the final meeting (003: member-led communities of practice). */
export async function seedCommunity(ctx: RequestContext, manager: EntityManager, routeId: string): Promise<boolean> {
  if (await manager.getRepository(CommunityOfPractice).existsBy({ name: DEMO_COMMUNITY_NAME })) return false;
  await new CommunityOfPracticeService().create(ctx, {
    name: DEMO_COMMUNITY_NAME,
    description: {
      en: 'District and municipal officers and civil society alliances from the Peru route’s five countries, sharing how sectors agree nutrition targets at district level. Monthly calls, led by members in turn.',
      es: 'Funcionarios distritales y municipales y alianzas de sociedad civil de los cinco países de la ruta del Perú, que comparten cómo los sectores acuerdan metas de nutrición a nivel distrital. Llamadas mensuales, dirigidas por turnos por sus miembros.',
      fr: 'Des agents de district et de commune et des alliances de la société civile des cinq pays de la route du Pérou, qui partagent comment les secteurs s’accordent sur des cibles de nutrition au niveau du district. Appels mensuels, animés à tour de rôle par les membres.',
    },
    routeIds: [routeId],
    memberCount: 38,
    url: 'https://example.org/communities/articulacion-territorial',
    startedOn: '2015-02-01',
  });
  return true;
}
