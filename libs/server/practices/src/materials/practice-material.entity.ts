import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, Language } from '@lr/server-core';
import { Practice } from '../practices/practice.entity';
import { MaterialKind } from './material-kind';

/** A document, video or slide deck produced for a practice: a link, or a file we store. */
@ObjectType()
@Entity('practice_material')
@Index('ix_practice_material_practice', ['practiceId'])
@Check('ck_practice_material_link_or_file', 'url IS NULL OR file_key IS NULL')
export class PracticeMaterial extends BaseRecord {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  practiceId: string;

  @ManyToOne(() => Practice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id', foreignKeyConstraintName: 'fk_practice_material_practice' })
  practice?: Practice;

  @Field(() => MaterialKind)
  @Column({ type: 'varchar', length: 30 })
  kind: MaterialKind;

  @Field(() => Language)
  @Column({ type: 'varchar', length: 2 })
  language: Language;

  @Field()
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Field(() => String, { nullable: true, description: 'Where the material is published; null when it is a stored file' })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  url: string | null;

  /** Key in the file storage; null until a file is uploaded. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  fileKey: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  fileName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  contentType: string | null;

  @Field(() => Int, { nullable: true, description: 'Bytes' })
  @Column({ type: 'int', nullable: true })
  fileSize: number | null;
}
