export * from './text-search';
export * from './search-source';
export * from './search-sql';
export * from './search.resolver';
export * from './search-module';
