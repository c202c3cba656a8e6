import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, Language, LocalizedColumn, Reads, type LocalizedValue } from '@lr/server-core';
import { Country } from '../countries/country.entity';
import { Programme } from '../programmes/programme.entity';
import { RoutePhase } from './route-phase';

/** A journey in which delegations from several countries visit a host country to learn. */
@ObjectType()
@Entity('learning_route')
@Index('ix_learning_route_programme', ['programmeId'])
@Index('ix_learning_route_host_country', ['hostCountryCode'])
@Check('ck_learning_route_dates', 'end_date IS NULL OR start_date IS NULL OR end_date >= start_date')
export class LearningRoute extends BaseRecord {
  @Field()
  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_learning_route_programme' })
  programme?: Programme;

  /** Exposed as `title(lang)` and `titleTranslations`. */
  @LocalizedColumn()
  title: LocalizedValue;

  @LocalizedColumn({ optional: true })
  summary: LocalizedValue;

  @LocalizedColumn({ optional: true })
  learningObjectives: LocalizedValue;

  @Field()
  @Column({ type: 'char', length: 2 })
  hostCountryCode: string;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_country_code', foreignKeyConstraintName: 'fk_learning_route_host_country' })
  hostCountry?: Country;

  @Field(() => [Language], { description: 'Languages the route is run in, e.g. Spanish and English' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  workingLanguages: Language[];

  @Field(() => String, { nullable: true, description: 'First day on the ground, YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  @Field(() => String, { nullable: true, description: 'Last day on the ground, YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  thematicAreaIds: string[];

  @Field(() => RoutePhase)
  @Column({ type: 'varchar', length: 20, default: RoutePhase.PLANNING })
  phase: RoutePhase;

  @Reads('startDate', 'endDate')
  @Field(() => Int, { nullable: true, description: 'Days on the ground, first and last included' })
  get durationDays(): number | null {
    if (!this.startDate || !this.endDate) return null;
    return Math.round((Date.parse(this.endDate) - Date.parse(this.startDate)) / 86_400_000) + 1;
  }
}
