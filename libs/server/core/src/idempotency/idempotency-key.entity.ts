import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A mutation request a client sent with an `Idempotency-Key`, kept 24 hours: the first answer
 * is replayed to retries of the same request, and the key cannot be reused for another one.
 */
@Entity('idempotency_key')
export class IdempotencyKey {
  /** Who sent it (`key:<id>`, `user:<id>`, `ip:<address>`) and the key: callers never share keys. */
  @PrimaryColumn({ type: 'varchar', length: 500 })
  scopedKey: string;

  /** SHA-256 of the operation and its variables: the same key with another request is a conflict. */
  @Column({ type: 'varchar', length: 64 })
  requestHash: string;

  /** Null while the first request runs. */
  @Column({ type: 'jsonb', nullable: true })
  response: Record<string, unknown> | null;

  @Column({ type: 'int', nullable: true })
  httpStatus: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
