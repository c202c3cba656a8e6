/**
 * Demo practices for the two pilot routes (seed 000): Peru and Senegal, where PROCASUR
 * identified and "soft-systematized" the host country's best practices before the visits
 * (000 §32-33: desk review, interviews, a 5-7 day in-country visit, validation, pedagogical
 * material, case systematizations and a technical scoping paper on a field blog).
 *
 * The pilot assesses with the suitability box of 000 §24. The practices' names, places, scores,
 * comments, dates and links are invented for the demo (links use example.org); they describe
 * the kind of work the seeds name, not real evaluations.
 */
import type { DeepPartial, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { Role, User, type DemoSeedContext } from '@lr/server-core';
import { LearningRoute, Organisation, Person, ThematicArea } from '@lr/server-core-domain';
import { AssessmentScore } from '../assessments/assessment-score.entity';
import { AssessmentStatus } from '../assessments/assessment-status';
import { Assessment } from '../assessments/assessment.entity';
import { RouteCase } from '../cases/route-case.entity';
import { AssessmentCriterion } from '../criteria/assessment-criterion.entity';
import { SUITABILITY_BOX } from '../criteria/criteria-sets';
import { ProgrammeCriteriaChoice } from '../criteria/programme-criteria-choice.entity';
import { PracticeMaterial } from '../materials/practice-material.entity';
import { PracticeStatus } from '../practices/practice-status';
import { StateChange } from '@lr/server-core';
import { practiceStatusMachine } from '../practices/status-machine';
import { Practice } from '../practices/practice.entity';
import { STEP_ORDER, StepStatus } from '../systematization/systematization-step-kind';
import { SystematizationStep } from '../systematization/systematization-step.entity';
import { DEMO_PRACTICES, PATH } from './demo-practices.data';

async function insert<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, data: DeepPartial<T>): Promise<T> {
  const repo = manager.getRepository(entity);
  return repo.save(repo.create(data));
}

/** Steps spread over the months before the route, the first `done` of them finished. */
function stepDates(index: number, done: number, routeStart: string): Partial<SystematizationStep> {
  const start = new Date(`${routeStart}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() - 120 + index * 15);
  const due = new Date(start);
  due.setUTCDate(due.getUTCDate() + 14);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const status = index < done ? StepStatus.DONE : index === done ? StepStatus.IN_PROGRESS : StepStatus.NOT_STARTED;
  return { status, startDate: status === StepStatus.NOT_STARTED ? null : day(start), dueDate: day(due), doneDate: status === StepStatus.DONE ? day(due) : null };
}

/** Loads the demo practices; runs after the core demo, in the same transaction. */
export async function seedPracticesDemo({ manager, logger }: DemoSeedContext): Promise<void> {
  const peru = await manager.getRepository(LearningRoute).findOneBy({ hostCountryCode: 'PE' });
  const senegal = await manager.getRepository(LearningRoute).findOneBy({ hostCountryCode: 'SN' });
  if (!peru || !senegal) {
    logger.warn('no Peru or Senegal demo route: practices demo data skipped');
    return;
  }
  const routes = { PE: peru, SN: senegal };
  const areas = new Map((await manager.getRepository(ThematicArea).find()).map((a) => [a.code, a.id]));
  const orgs = new Map((await manager.getRepository(Organisation).find()).map((o) => [o.acronym ?? o.name, o.id]));
  const people = new Map((await manager.getRepository(Person).find()).map((p) => [p.email, p.id]));
  const users = await manager.getRepository(User).find();
  const assessors = {
    reviewer: users.find((u) => u.role === Role.REVIEWER),
    admin: users.find((u) => u.role === Role.ADMIN),
  };

  // The pilot programme assesses with the suitability box of its own proposal (000 §24).
  const programmeId = routes.PE.programmeId;
  await insert(manager, ProgrammeCriteriaChoice, { programmeId, setKey: SUITABILITY_BOX });
  const criteria = await manager.getRepository(AssessmentCriterion).find({ where: { setKey: SUITABILITY_BOX }, order: { position: 'ASC' } });

  for (const seed of DEMO_PRACTICES) {
    const route = routes[seed.host];
    const practice = await insert(manager, Practice, {
      title: seed.title,
      countryCode: seed.host,
      locality: seed.locality,
      level: seed.level,
      leadingOrganisationIds: seed.organisations.map((key) => orgs.get(key)).filter((id): id is string => !!id),
      summary: seed.summary,
      keySuccessFactors: seed.keySuccessFactors,
      lessonsLearned: seed.lessonsLearned,
      innovations: seed.innovations,
      evidence: seed.evidence,
      thematicAreaIds: seed.areas.map((code) => areas.get(code)).filter((id): id is string => !!id),
      status: seed.status,
    });
    let from = PracticeStatus.IDENTIFIED;
    for (const to of PATH[seed.status]) {
      await insert(manager, StateChange, { machine: practiceStatusMachine.name, recordId: practice.id, fromState: from, toState: to, reason: null, changedBy: 'demo data' });
      from = to;
    }
    for (const a of seed.assessments) {
      const assessor = assessors[a.assessor];
      if (!assessor) continue;
      const assessment = await insert(manager, Assessment, {
        practiceId: practice.id,
        assessorId: assessor.id,
        programmeId,
        status: a.submitted ? AssessmentStatus.SUBMITTED : AssessmentStatus.DRAFT,
        submittedAt: a.submitted ? new Date(`${route.startDate ?? '2014-01-01'}T00:00:00Z`) : null,
      });
      // A draft is partly scored: its zeros stand for "not yet".
      for (const [i, criterion] of criteria.entries()) {
        if (!a.submitted && a.scores[i] === 0) continue;
        await insert(manager, AssessmentScore, { assessmentId: assessment.id, criterionId: criterion.id, score: a.scores[i], comment: i === 0 ? a.comment : null });
      }
    }
    if (seed.stepsDone !== undefined) {
      const owner = seed.host === 'PE' ? people.get('rosa.quispe@example.org') : people.get('abdoulaye.ndiaye@example.org');
      const facilitator = seed.host === 'PE' ? people.get('carolina.fuentes@example.org') : people.get('david.otieno@example.org');
      for (const [i, step] of STEP_ORDER.entries()) {
        await insert(manager, SystematizationStep, {
          practiceId: practice.id,
          step,
          ownerId: (step === 'VALIDATION' ? owner : facilitator) ?? null,
          ...stepDates(i, seed.stepsDone, route.startDate ?? '2014-06-01'),
        });
      }
    }
    for (const m of seed.materials ?? []) {
      await insert(manager, PracticeMaterial, { practiceId: practice.id, ...m, fileKey: null, fileName: null, contentType: null, fileSize: null });
    }
    if (seed.caseOfRoute) await insert(manager, RouteCase, { routeId: route.id, practiceId: practice.id, attachedBy: 'demo data' });
  }
}
