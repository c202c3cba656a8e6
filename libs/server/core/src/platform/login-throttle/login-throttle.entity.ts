import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins counted against an account (`account:<e-mail>`) or a client address
 * (`ip:<address>`). Every change is audited like any record, so the audit trail shows the
 * attempts and the locks. A successful sign-in clears the account's row.
 */
@Entity('login_throttle')
export class LoginThrottle {
  @PrimaryColumn({ type: 'varchar', length: 400 })
  key: string;

  @Column({ type: 'int', default: 0 })
  failures: number;

  @Column({ type: 'timestamptz' })
  lastFailureAt: Date;

  /** Set once the account reached the lock threshold; sign-in is refused until then (or an admin lifts it). */
  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;
}
