import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Practice } from './practice.entity';
import { PracticeStatus } from './practice-status';

/** One move of a practice between statuses, with who made it and why. Never edited. */
@ObjectType()
@Entity('practice_status_change')
@Index('ix_practice_status_change_practice', ['practiceId', 'at'])
export class PracticeStatusChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  practiceId: string;

  @ManyToOne(() => Practice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id', foreignKeyConstraintName: 'fk_practice_status_change_practice' })
  practice?: Practice;

  @Field(() => PracticeStatus)
  @Column({ type: 'varchar', length: 20 })
  fromStatus: PracticeStatus;

  @Field(() => PracticeStatus)
  @Column({ type: 'varchar', length: 20 })
  toStatus: PracticeStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field()
  @Column({ type: 'varchar', length: 400 })
  changedBy: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
