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
    extra: { max: options.poolSize ?? 10 },
    logging: options.onQuery ? ['query'] : false,
    logger: options.onQuery ? new QueryCounterLogger(options.onQuery) : undefined,
  });
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
