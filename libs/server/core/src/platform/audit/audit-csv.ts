import type { Response } from 'express';
import { IsEnum, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import { AuditAction, type AuditEntry } from '../../audit/audit-entry.entity';
import type { RequestContext } from '../../context/request-context';
import { eachRow, rowsInPages, streamCsv, type CsvColumn } from '../../http/csv-export';
import { assertAllowed } from '../../http/export-access';
import { filterFromQuery } from '../../http/query-filter';
import { AUDIT_SORT, auditQuery } from './audit.service';

/** `auditEntries(filter:)` as query parameters; the instants as ISO 8601 text. */
class AuditCsvQuery {
  @IsOptional() @IsString() @MaxLength(100) entityType?: string;
  @IsOptional() @IsString() @MaxLength(100) entityId?: string;
  @IsOptional() @IsString() @MaxLength(100) actorId?: string;
  @IsOptional() @IsEnum(AuditAction) action?: AuditAction;
  @IsOptional() @IsISO8601() from?: string;
  @IsOptional() @IsISO8601() to?: string;
}

/** One changed field of one entry: a spreadsheet filters and sorts these as they are. */
interface AuditRow {
  entry: AuditEntry;
  field: string | null;
  before: unknown;
  after: unknown;
}

const text = (value: unknown): string | null => (value === undefined || value === null ? null : typeof value === 'string' ? value : JSON.stringify(value));

const COLUMNS: CsvColumn<AuditRow>[] = [
  { header: 'at', value: (r) => r.entry.at },
  { header: 'actor_kind', value: (r) => r.entry.actorKind },
  { header: 'actor_id', value: (r) => r.entry.actorId },
  { header: 'actor', value: (r) => r.entry.actorLabel },
  { header: 'action', value: (r) => r.entry.action },
  { header: 'entity_type', value: (r) => r.entry.entityType },
  { header: 'entity_id', value: (r) => r.entry.entityId },
  { header: 'field', value: (r) => r.field },
  { header: 'before', value: (r) => text(r.before) },
  { header: 'after', value: (r) => text(r.after) },
  { header: 'request_id', value: (r) => r.entry.requestId },
];

/** An entry's changes as rows, one per field (a deletion's values are what the record held: "before"). */
function rowsOf(entry: AuditEntry): AuditRow[] {
  const fields = Object.entries(entry.changes ?? {});
  if (!fields.length) return [{ entry, field: null, before: null, after: null }];
  return fields.map(([field, change]) =>
    entry.action === AuditAction.DELETE ? { entry, field, before: change.from ?? change.to, after: null } : { entry, field, before: change.from, after: change.to },
  );
}

/** `GET /platform/audit.csv?<auditEntries(filter:) fields>`: the trail the admins' list shows, newest first, one row per changed field. */
export async function exportAuditCsv(ctx: RequestContext, query: Record<string, unknown>, res: Response): Promise<void> {
  assertAllowed(ctx, ['ADMIN'], 'audit.csv');
  const q = await filterFromQuery(AuditCsvQuery, query);
  const filter = { ...q, from: q.from ? new Date(q.from) : undefined, to: q.to ? new Date(q.to) : undefined };
  const rows = eachRow(rowsInPages(auditQuery(ctx, filter), AUDIT_SORT), (entries) => entries.flatMap(rowsOf));
  await streamCsv(res, { fileName: 'audit.csv', columns: COLUMNS, rows });
}
