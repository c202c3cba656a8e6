import {
  findOrFail,
  ForbiddenError,
  hasSearch,
  isPartner,
  loadForUpdate,
  NotFoundError,
  paginate,
  patch,
  publicName,
  ReferenceCheck,
  searchTerm,
  Service,
  textMatches,
  textSortKey,
  ValidationError,
  type Connection,
  type RequestContext,
  type Selection,
  type SortKey,
} from '@lr/server-core';
import { Person, PersonRef } from '@lr/server-core-domain';
import { isParticipantUser, participantPersonId } from '../common/access';
import { AccountStatus } from '../accounts/account-status';
import { assertRouteOpen } from '../common/route-state';
import { scopeParticipants } from '../common/scope';
import { Delegation, DelegationRef } from '../delegations/delegation.entity';
import { RouteTeamMember } from '../team/route-team-member.entity';
import { applyConsents } from './consents';
import { Participant } from './participant.entity';
import { SelectionStatus } from './participant-enums';
import type { ApplicationFields, CreateParticipantInput, ParticipantFilter, ParticipantsArgs, RecordConsentsInput, UpdateMyParticipationInput, UpdateParticipantInput } from './participant.inputs';

const APPLICATION: (keyof ApplicationFields & keyof Participant)[] = [
  'position',
  'decisionPower',
  'motivation',
  'applicationContext',
  'commitmentBefore',
  'commitmentDuring',
  'commitmentAfter',
];

/** Trims texts; blank becomes null. */
function cleanApplication(input: ApplicationFields): ApplicationFields {
  const clean = { ...input } as Record<string, unknown>;
  for (const key of APPLICATION) {
    const value = clean[key];
    if (typeof value === 'string') clean[key] = value.trim() || null;
  }
  return clean as ApplicationFields;
}

/** Which participants have which portal account: the kit's users, matched by person. */
const ACCOUNT_CONDITION: Record<AccountStatus, string> = {
  [AccountStatus.NONE]: 'NOT EXISTS (SELECT 1 FROM app_user u WHERE u.person_id = pt.person_id)',
  [AccountStatus.INVITED]: 'EXISTS (SELECT 1 FROM app_user u WHERE u.person_id = pt.person_id AND u.password_hash IS NULL)',
  [AccountStatus.ACTIVE]: 'EXISTS (SELECT 1 FROM app_user u WHERE u.person_id = pt.person_id AND u.password_hash IS NOT NULL)',
};

/**
 * The participants `participants(filter:)` lists (alias `pt`, the person joined as `p`), limited
 * to what the caller may see (`scopeParticipants`). The CSV export runs the same query.
 */
export function participantsQuery(ctx: RequestContext, f: ParticipantFilter | undefined) {
  // Person is joined (not read through a repository) for the search and the sort by name.
  const q = ctx.repo(Participant).createQueryBuilder('pt').leftJoin(Person, 'p', 'p.id = pt.person_id');
  if (f?.routeId) q.andWhere('pt.route_id = :routeId', { routeId: f.routeId });
  if (f?.delegationId) q.andWhere('pt.delegation_id = :delegationId', { delegationId: f.delegationId });
  if (f?.countryCode) q.andWhere('EXISTS (SELECT 1 FROM delegation fd WHERE fd.id = pt.delegation_id AND fd.country_code = :country)', { country: f.countryCode });
  if (f?.statuses?.length) q.andWhere('pt.status IN (:...statuses)', { statuses: f.statuses });
  if (f?.sector) q.andWhere('pt.sector = :sector', { sector: f.sector });
  if (f?.role) q.andWhere(':role = ANY(pt.roles)', { role: f.role });
  if (f?.checkedIn !== undefined && f.checkedIn !== null) q.andWhere(`pt.checked_in_at IS ${f.checkedIn ? 'NOT ' : ''}NULL`);
  if (hasSearch(f?.search)) q.andWhere(textMatches('p', { plain: ['given_name', 'family_name'] }), { term: searchTerm(f.search) });
  if (f?.account) {
    // Partners never see who has an account (`accountStatus` is null for them), so they cannot filter by it either.
    if (isPartner(ctx.principal)) throw ValidationError.field('filter.account', "is not available to partners' keys", 'accountNotForPartners');
    q.andWhere(ACCOUNT_CONDITION[f.account]);
  }
  return scopeParticipants(ctx, q, 'pt');
}

/** The participants' order: the person's family then given name. */
export const PARTICIPANT_SORT: SortKey = { expression: textSortKey("p.family_name || ' ' || p.given_name"), direction: 'ASC' };

@Service()
export class ParticipantService {
  /** Ordered by family then given name; limited to what the caller may see (see `scopeParticipants`). */
  list(ctx: RequestContext, args: ParticipantsArgs, selection?: Selection): Promise<Connection<Participant>> {
    return paginate(participantsQuery(ctx, args.filter), args, PARTICIPANT_SORT, selection);
  }

  /** NOT_FOUND also when the row exists but the caller may not see it: its existence is not told. */
  async get(ctx: RequestContext, id: string): Promise<Participant> {
    const participant = await findOrFail(ctx, Participant, id);
    // Partners and participants are limited to some rows; editors and viewers need no second read.
    if (isPartner(ctx.principal) || isParticipantUser(ctx)) {
      const visible = await scopeParticipants(ctx, ctx.repo(Participant).createQueryBuilder('pt').where('pt.id = :id', { id }), 'pt').getExists();
      if (!visible) throw new NotFoundError('Participant', id);
    }
    return participant;
  }

  /** The participant records of the signed-in person, newest route first. */
  mine(ctx: RequestContext): Promise<Participant[]> {
    const me = participantPersonId(ctx) ?? (ctx.principal.kind === 'user' ? ctx.principal.personId : null);
    if (!me) return Promise.resolve([]);
    return ctx.repo(Participant).find({ where: { personId: me }, order: { createdAt: 'DESC' } });
  }

  async create(ctx: RequestContext, input: CreateParticipantInput): Promise<Participant> {
    const check = new ReferenceCheck(ctx);
    const delegation = await check.one(DelegationRef, input.delegationId, 'input.delegationId');
    await check.one(PersonRef, input.personId, 'input.personId');
    check.assertValid();
    const routeId = (delegation as Delegation).routeId;
    await assertRouteOpen(ctx, routeId);
    await this.assertNotOnRoute(ctx, routeId, input.personId);
    const repo = ctx.repo(Participant);
    const participant = repo.create({
      delegationId: input.delegationId,
      routeId,
      personId: input.personId,
      sector: input.sector,
      roles: [...new Set(input.roles ?? [])],
    });
    patch(participant, cleanApplication(input) as Partial<Participant>, APPLICATION);
    return repo.save(participant);
  }

  /** A person is on a route once: as a participant or in the route team. */
  async assertNotOnRoute(ctx: RequestContext, routeId: string, personId: string, path = 'input.personId'): Promise<void> {
    const [participant, member] = await Promise.all([
      ctx.repo(Participant).findOne({ where: { routeId, personId }, select: { id: true } }),
      ctx.repo(RouteTeamMember).findOne({ where: { routeId, personId }, select: { id: true } }),
    ]);
    if (participant) throw ValidationError.field(path, 'is already a participant of this route', 'alreadyParticipant');
    if (member) throw ValidationError.field(path, 'is in the route team of this route', 'inRouteTeam');
  }

  async update(ctx: RequestContext, input: UpdateParticipantInput): Promise<Participant> {
    const participant = await loadForUpdate(ctx, Participant, input.id, input.version);
    await assertRouteOpen(ctx, participant.routeId);
    if (input.delegationId && input.delegationId !== participant.delegationId) {
      const target = await new ReferenceCheck(ctx).one(DelegationRef, input.delegationId, 'input.delegationId');
      if (!target) throw ValidationError.field('input.delegationId', `no delegation has the id ${input.delegationId}`);
      if (target.routeId !== participant.routeId) throw ValidationError.field('input.delegationId', 'must be a delegation of the same route', 'sameRoute');
      // Moving a selected person would change two teams' counts behind the composition rules.
      if (participant.status === SelectionStatus.SELECTED) throw ValidationError.field('input.delegationId', 'cannot change while the participant is SELECTED; waitlist them first', 'selectedCannotMove');
      participant.delegationId = target.id;
    }
    if (input.sector) participant.sector = input.sector;
    if (input.roles) participant.roles = [...new Set(input.roles)];
    patch(participant, cleanApplication(input) as Partial<Participant>, APPLICATION);
    return ctx.repo(Participant).save(participant);
  }

  /** A participant edits their own application; no one else's, whatever the id says. */
  async updateMine(ctx: RequestContext, input: UpdateMyParticipationInput): Promise<Participant> {
    const participant = await this.loadOwn(ctx, input.id, input.version);
    await assertRouteOpen(ctx, participant.routeId);
    patch(participant, cleanApplication(input) as Partial<Participant>, APPLICATION);
    return ctx.repo(Participant).save(participant);
  }

  /** Editors record consents for anyone; a participant for themself. */
  async recordConsents(ctx: RequestContext, input: RecordConsentsInput, own: boolean): Promise<Participant> {
    const participant = own ? await this.loadOwn(ctx, input.participantId, input.version) : await loadForUpdate(ctx, Participant, input.participantId, input.version);
    applyConsents(participant, input.consents, publicName(ctx.principal));
    return ctx.repo(Participant).save(participant);
  }

  private async loadOwn(ctx: RequestContext, id: string, version: number): Promise<Participant> {
    const me = ctx.principal.kind === 'user' ? ctx.principal.personId : null;
    const participant = await loadForUpdate(ctx, Participant, id, version);
    if (!me || participant.personId !== me) throw new ForbiddenError('You may change only your own participation');
    return participant;
  }

  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const participant = await loadForUpdate(ctx, Participant, id, version);
    await assertRouteOpen(ctx, participant.routeId);
    await ctx.repo(Participant).remove(participant);
    return id;
  }
}
