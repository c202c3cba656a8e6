// PGlite publishes its contrib extensions under package "exports" subpaths, which the
// workspace's `moduleResolution: node` does not read; Node resolves them at run time.
declare module '@electric-sql/pglite/contrib/unaccent' {
  export const unaccent: import('@electric-sql/pglite').Extension;
}
declare module '@electric-sql/pglite/contrib/pg_trgm' {
  export const pg_trgm: import('@electric-sql/pglite').Extension;
}
