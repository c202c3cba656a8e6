import { Field, ObjectType } from 'type-graphql';
import { inviteUser, Language, LANGUAGES, loadOne, Role, Service, User, ValidationError, type RequestContext } from '@lr/server-core';
import { loadPerson, loadRoute } from '@lr/server-core-domain';
import { Participant } from '../participants/participant.entity';
import { SelectionStatus } from '../participants/participant-enums';
import { ParticipantService } from '../participants/participant.service';
import { AccountStatus } from './account-status';

export { AccountStatus } from './account-status';

@ObjectType({ description: 'An invitation sent to a participant' })
export class ParticipantInvitation {
  @Field(() => Participant) participant: Participant;
  @Field({ description: 'Where the invitation goes' }) email: string;
  @Field({ description: 'The e-mail’s language (en, fr or es)' }) language: string;
  @Field({ description: 'When the link stops working' }) expiresAt: Date;
  @Field({ description: 'The account was created by this invitation (false: an existing one was reused)' }) accountCreated: boolean;
}

/** Who is not invited: their selection ended. */
const CLOSED = [SelectionStatus.DECLINED, SelectionStatus.WITHDRAWN];

@Service()
export class ParticipantAccountService {
  constructor(private readonly participants: ParticipantService) {}

  /**
   * Invites a participant to the portal as a PARTICIPANT: the kit's `inviteUser` makes the
   * account and queues the e-mail, in the person's language (the first of their languages the
   * portal speaks, else the route's first working language, else English). The e-mail leaves
   * after the commit; without SMTP it stays in the outbox for admins to read.
   */
  async invite(ctx: RequestContext, participantId: string, path = 'participantId'): Promise<ParticipantInvitation> {
    const participant = await this.participants.get(ctx, participantId);
    if (CLOSED.includes(participant.status)) throw ValidationError.field(path, `is ${participant.status}: only nominated, selected or waitlisted participants are invited`, 'selectionEnded');
    const [person, route] = await Promise.all([loadPerson(ctx, participant.personId), loadRoute(ctx, participant.routeId)]);
    if (!person?.email) throw ValidationError.field(path, 'has no e-mail address on record: add one to the person first', 'noEmail');
    const spoken = person.languages.find((l): l is Language => (LANGUAGES as readonly string[]).includes(l));
    const language = spoken ?? route?.workingLanguages[0] ?? Language.EN;
    const sent = await inviteUser(ctx, { email: person.email, displayName: `${person.givenName} ${person.familyName}`, role: Role.PARTICIPANT, personId: person.id, language });
    return { participant, email: person.email, language, expiresAt: sent.expiresAt, accountCreated: sent.created };
  }

  /** Invites several at once, all or nothing (a refusal names the participant's index). */
  async inviteMany(ctx: RequestContext, ids: string[]): Promise<ParticipantInvitation[]> {
    const sent: ParticipantInvitation[] = [];
    for (const [i, id] of ids.entries()) sent.push(await this.invite(ctx, id, `participantIds.${i}`));
    return sent;
  }

  async status(ctx: RequestContext, personId: string): Promise<AccountStatus> {
    const user = await loadOne(ctx, User, personId, { by: 'personId' });
    if (!user) return AccountStatus.NONE;
    return user.passwordHash === null ? AccountStatus.INVITED : AccountStatus.ACTIVE;
  }
}
