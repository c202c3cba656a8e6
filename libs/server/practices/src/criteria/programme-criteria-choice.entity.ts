import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Programme } from '@lr/server-core-domain';

/** Which default criteria set a programme assesses practices with. */
@Entity('programme_criteria_choice')
export class ProgrammeCriteriaChoice {
  @PrimaryColumn({ type: 'uuid' })
  programmeId: string;

  @OneToOne(() => Programme, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_programme_criteria_choice_programme' })
  programme?: Programme;

  @Column({ type: 'varchar', length: 40 })
  setKey: string;
}
