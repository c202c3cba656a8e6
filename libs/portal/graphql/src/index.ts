export * from './client';
export * from './errors';
export { graphql } from './generated/gql';
export * from './generated/graphql';
export * from './reference/use-countries';
