import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One move of a record through one of the state machines (a route's phase, a practice's
 * status, …), with who made it and why. Written by `transition` in the same transaction as the
 * move; never edited. Exposed per machine with `StateChangeType`.
 */
@Entity('state_change')
@Index('ix_state_change_record', ['machine', 'recordId', 'at'])
export class StateChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The machine's name, e.g. `route.phase`. */
  @Column({ type: 'varchar', length: 60 })
  machine: string;

  @Column({ type: 'uuid' })
  recordId: string;

  @Column({ type: 'varchar', length: 40 })
  fromState: string;

  @Column({ type: 'varchar', length: 40 })
  toState: string;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** A public name (never an e-mail address): histories are read by everyone who reads the record. */
  @Column({ type: 'varchar', length: 400 })
  changedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
