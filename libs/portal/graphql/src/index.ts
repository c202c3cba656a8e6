export * from './client';
export * from './errors';
export { graphql } from './generated/gql';
export * from './generated/graphql';
