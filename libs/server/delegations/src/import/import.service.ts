import { Field, Int, ObjectType } from 'type-graphql';
import { In } from 'typeorm';
import { DomainError, ErrorCode, ReferenceCheck, Service, type RequestContext } from '@lr/server-core';
import { CountryRef, createPerson, Gender, peopleByEmails, RouteRef, type Person } from '@lr/server-core-domain';
import { assertRouteOpen } from '../common/route-state';
import { Delegation } from '../delegations/delegation.entity';
import { DelegationKind } from '../delegations/delegation-kind';
import { Participant } from '../participants/participant.entity';
import { ParticipantRole } from '../participants/participant-enums';
import { RouteTeamMember } from '../team/route-team-member.entity';
import { parseParticipantCsv, type ParsedRow, type RowProblem, type RowProblemCode } from './participant-csv';

@ObjectType({ description: 'What an import did (or, as a dry run, would do)' })
export class ParticipantImportResult {
  @Field() dryRun: boolean;
  @Field(() => Int) rows: number;
  @Field(() => Int) delegationsCreated: number;
  @Field(() => Int) peopleCreated: number;
  @Field(() => Int, { description: 'Rows matched to a person on record by e-mail' }) peopleMatched: number;
  @Field(() => Int) participantsCreated: number;
}

/** A file with bad rows: nothing was written; `extensions.rows` lists every problem by row and column. */
export class ImportRowsError extends DomainError {
  readonly code = ErrorCode.BAD_USER_INPUT;
  constructor(readonly problems: RowProblem[]) {
    const first = problems.slice(0, 5).map((p) => (p.row ? `row ${p.row}${p.column ? ` (${p.column})` : ''}: ${p.message}` : p.message));
    super(`The file was not imported: ${problems.length} problem(s). ${first.join('; ')}${problems.length > 5 ? '; …' : ''}`, {
      rows: problems,
      fields: [{ path: 'csv', message: `${problems.length} problem(s) in the file` }],
    });
  }
}

const key = (name: string) => name.trim().toLowerCase();

@Service()
export class ParticipantImportService {
  /**
   * Imports participants from CSV, all or nothing: every row is checked first (values, the
   * route's delegations, people on record by e-mail, people already on the route); any problem
   * and nothing is written. Otherwise delegations, people and participants (NOMINATED) are
   * created in the mutation's one transaction.
   */
  async import(ctx: RequestContext, routeId: string, csv: string, dryRun: boolean): Promise<ParticipantImportResult> {
    const routeCheck = new ReferenceCheck(ctx);
    await routeCheck.one(RouteRef, routeId, 'routeId');
    routeCheck.assertValid();
    await assertRouteOpen(ctx, routeId);

    const { rows, problems } = parseParticipantCsv(csv);
    if (problems.some((p) => p.row <= 1)) throw new ImportRowsError(problems);

    const [delegations, people, countries] = await Promise.all([
      ctx.repo(Delegation).findBy({ routeId }),
      peopleByEmails(ctx, rows.map((r) => r.email).filter(Boolean)),
      this.knownCountries(ctx, rows),
    ]);
    const delegationByName = new Map(delegations.map((d) => [key(d.name), d]));
    const personByEmail = new Map(people.map((p) => [p.email as string, p]));
    const onRoute = await this.peopleOnRoute(ctx, routeId, people.map((p) => p.id));
    const newDelegations = new Map<string, ParsedRow>();

    for (const r of rows) {
      const add = (column: RowProblem['column'], code: RowProblemCode, message: string, params?: RowProblem['params']) =>
        problems.push({ row: r.row, column, code, ...(params ? { params } : {}), message });
      for (const [column, code] of [['delegation_country', r.delegationCountry], ['country', r.country]] as const) {
        if (code && /^[A-Z]{2}$/.test(code) && !countries.has(code)) add(column, 'UNKNOWN_COUNTRY', `no country has the code ${code}`, { value: code });
      }
      const existing = delegationByName.get(key(r.delegation));
      if (existing) {
        if (r.delegationKind && r.delegationKind !== existing.kind) add('delegation_kind', 'KIND_MISMATCH', `${existing.name} is a ${existing.kind} on this route`, { delegation: existing.name, kind: existing.kind });
      } else if (r.delegation) {
        const first = newDelegations.get(key(r.delegation));
        if (!first) {
          newDelegations.set(key(r.delegation), r);
          if (!r.delegationKind) add('delegation_kind', 'NEW_DELEGATION_NEEDS_KIND', `is required: no delegation named ${r.delegation} is on the route yet`, { delegation: r.delegation });
          if (r.delegationKind === DelegationKind.NATIONAL_TEAM && !r.delegationCountry) add('delegation_country', 'NATIONAL_TEAM_NEEDS_COUNTRY', 'is required for a new national team');
        } else if ((r.delegationKind && r.delegationKind !== first.delegationKind) || (r.delegationCountry && r.delegationCountry !== first.delegationCountry)) {
          add('delegation_kind', 'DIFFERS_FROM_ROW', `does not match row ${first.row}, which creates ${r.delegation}`, { firstRow: first.row, delegation: r.delegation });
        }
      }
      const person = personByEmail.get(r.email);
      if (person) {
        if (onRoute.has(person.id)) add('email', 'ALREADY_ON_ROUTE', `${person.givenName} ${person.familyName} is already on this route`, { name: `${person.givenName} ${person.familyName}` });
      } else if (r.email) {
        if (!r.givenName) add('given_name', 'NEW_PERSON_NEEDS_NAME', 'is required for a person not on record');
        if (!r.familyName) add('family_name', 'NEW_PERSON_NEEDS_NAME', 'is required for a person not on record');
      }
    }
    if (problems.length) throw new ImportRowsError(problems.sort((a, b) => a.row - b.row));

    const result: ParticipantImportResult = {
      dryRun,
      rows: rows.length,
      delegationsCreated: newDelegations.size,
      peopleCreated: rows.filter((r) => !personByEmail.has(r.email)).length,
      peopleMatched: rows.filter((r) => personByEmail.has(r.email)).length,
      participantsCreated: rows.length,
    };
    if (dryRun) return result;
    await this.write(ctx, routeId, rows, delegationByName, newDelegations, personByEmail);
    return result;
  }

  private async write(
    ctx: RequestContext,
    routeId: string,
    rows: ParsedRow[],
    delegationByName: Map<string, Delegation>,
    newDelegations: Map<string, ParsedRow>,
    personByEmail: Map<string, Person>,
  ) {
    const delegationRepo = ctx.repo(Delegation);
    for (const [name, r] of newDelegations) {
      const created = await delegationRepo.save(
        delegationRepo.create({ routeId, name: r.delegation.trim(), kind: r.delegationKind as DelegationKind, countryCode: r.delegationCountry, organisationIds: [] }),
      );
      delegationByName.set(name, created);
    }
    const participants = ctx.repo(Participant);
    for (const r of rows) {
      const person =
        personByEmail.get(r.email) ??
        (await createPerson(ctx, {
          givenName: r.givenName as string,
          familyName: r.familyName as string,
          email: r.email,
          gender: (r.gender as Gender | null) ?? Gender.UNDISCLOSED,
          countryCode: r.country,
          languages: r.language ? [r.language] : [],
          position: r.position,
        }));
      await participants.save(
        participants.create({
          routeId,
          delegationId: (delegationByName.get(key(r.delegation)) as Delegation).id,
          personId: person.id,
          sector: r.sector,
          position: r.position,
          decisionPower: r.decisionPower,
          roles: r.blogger ? [ParticipantRole.BLOGGER] : [],
        }),
      );
    }
  }

  /** The country codes of the file that exist. */
  private async knownCountries(ctx: RequestContext, rows: ParsedRow[]): Promise<Set<string>> {
    const codes = [...new Set(rows.flatMap((r) => [r.delegationCountry, r.country]).filter((c): c is string => !!c && /^[A-Z]{2}$/.test(c)))];
    const found = await new ReferenceCheck(ctx).many(CountryRef, codes, 'countries');
    return new Set(found.map((c) => c.code));
  }

  /** Which of these people are already participants or route team members of the route. */
  private async peopleOnRoute(ctx: RequestContext, routeId: string, personIds: string[]): Promise<Set<string>> {
    if (!personIds.length) return new Set();
    const [participants, members] = await Promise.all([
      ctx.repo(Participant).find({ where: { routeId, personId: In(personIds) }, select: { personId: true } }),
      ctx.repo(RouteTeamMember).find({ where: { routeId, personId: In(personIds) }, select: { personId: true } }),
    ]);
    return new Set([...participants, ...members].map((p) => p.personId));
  }
}
