import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, LocalizedColumn, type LocalizedValue } from '@lr/server-core';
import { Country, LearningRoute, Organisation } from '@lr/server-core-domain';
import { Practice } from '@lr/server-practices';

/** Documented adoption (000 §47): which practice, adapted by whom, where, with what result and evidence. */
@ObjectType({ description: 'A scaling-up story: a practice adapted by whom, where, with what result' })
@Entity('scaling_story')
@Index('ix_scaling_story_route', ['routeId'])
@Index('ix_scaling_story_practice', ['practiceId'])
export class ScalingStory extends BaseRecord {
  @Field(() => String, { nullable: true, description: 'The route the adopters learned on' })
  @Column({ type: 'uuid', nullable: true })
  routeId: string | null;

  @ManyToOne(() => LearningRoute, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'route_id', foreignKeyConstraintName: 'fk_scaling_story_route' })
  route?: LearningRoute;

  @Field()
  @Column({ type: 'uuid' })
  practiceId: string;

  @ManyToOne(() => Practice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'practice_id', foreignKeyConstraintName: 'fk_scaling_story_practice' })
  practice?: Practice;

  @Field(() => String, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  adaptedByOrganisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'adapted_by_organisation_id', foreignKeyConstraintName: 'fk_scaling_story_organisation' })
  adaptedByOrganisation?: Organisation;

  @Field()
  @Column({ type: 'char', length: 2 })
  countryCode: string;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_code', foreignKeyConstraintName: 'fk_scaling_story_country' })
  country?: Country;

  @Field(() => String, { nullable: true, description: 'e.g. "Northern Province, Kasama district"' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  locality: string | null;

  @LocalizedColumn()
  title: LocalizedValue;

  @LocalizedColumn()
  result: LocalizedValue;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  evidenceUrl: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: when it was documented' })
  @Column({ type: 'date', nullable: true })
  documentedOn: string | null;
}
