import { Column, Entity, Index } from 'typeorm';
import { BaseRecord } from '../database/base-record';

/**
 * A setting someone changed: one row per key and scope, holding the whole value. The platform's
 * value has the empty scope; a narrower one (`programme:<id>`, see `programmeSettingScope` in
 * the core domain) overrides it for that scope's records. Settings never changed have no row and
 * read as their defaults. Saved like any record, so the audit trail keeps every change with its
 * before and after.
 */
@Entity('platform_setting')
@Index('uq_platform_setting_key_scope', ['key', 'scope'], { unique: true })
export class PlatformSettingRecord extends BaseRecord {
  @Column({ type: 'varchar', length: 100 })
  key: string;

  /** '' for the platform's value; `<kind>:<id>` for an override (`programme:…`). */
  @Column({ type: 'varchar', length: 120, default: '' })
  scope: string;

  @Column({ type: 'jsonb' })
  value: Record<string, unknown>;

  /** Who saved it last, as the audit trail names them. */
  @Column({ type: 'varchar', length: 200 })
  updatedBy: string;
}
