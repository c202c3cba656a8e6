import { types as pgTypes } from 'pg';
import { DataSource, type DataSourceOptions as TypeOrmOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DataSourceOptions {
  url: string;
  entities: NonNullable<TypeOrmOptions['entities']>;
  migrations: NonNullable<TypeOrmOptions['migrations']>;
  subscribers?: NonNullable<TypeOrmOptions['subscribers']>;
  poolSize?: number;
  /** Log every SQL statement through this callback (tests count statements with it). */
  onQuery?: (sql: string) => void;
}

/**
 * The one way the project opens a database. `synchronize` is always off: the schema comes from
 * the migration timeline only.
 */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    subscribers: options.subscribers ?? [],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+ and PGlite; no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    namingStrategy: new SnakeNamingStrategy(),
    extra: { max: options.poolSize ?? 10, types: { getTypeParser: keepWallClockTimes } },
    logging: options.onQuery ? ['query'] : false,
    logger: options.onQuery ? new QueryCounterLogger(options.onQuery) : undefined,
  });
}

const TIMESTAMP_WITHOUT_TIME_ZONE = 1114;

/**
 * A `timestamp` (without time zone) is a wall-clock time somewhere named by another column (a
 * flight's local departure): it is read as the text PostgreSQL wrote, never shifted into the
 * server's zone as a Date would be. `timestamptz` columns are unaffected.
 */
function keepWallClockTimes(oid: number, format?: 'text' | 'binary') {
  if (oid === TIMESTAMP_WITHOUT_TIME_ZONE) return (text: string) => text;
  return pgTypes.getTypeParser(oid, format as 'text');
}

/** Reports each statement to a callback and drops every other kind of log. */
class QueryCounterLogger {
  constructor(private readonly onQuery: (sql: string) => void) {}
  logQuery(query: string) {
    this.onQuery(query);
  }
  logQueryError = () => undefined;
  logQuerySlow = () => undefined;
  logSchemaBuild = () => undefined;
  logMigration = () => undefined;
  log = () => undefined;
}
