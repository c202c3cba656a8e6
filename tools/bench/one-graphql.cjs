// Preloaded into the PostGraphile process (`node -r`). PostGraphile v4 needs graphql 15, and
// every part of it must use the same copy (graphql-js checks types by identity: two copies give
// "Unexpected input type"). npm nests graphql 15 twice, under postgraphile and under
// graphile-build-pg, beside the workspace's graphql 16; this sends every `graphql` require of
// the process to postgraphile's own copy.
const Module = require('node:module');
const { dirname } = require('node:path');

const postgraphile = dirname(require.resolve('postgraphile/package.json'));
const graphql = dirname(require.resolve('graphql/package.json', { paths: [postgraphile] }));
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const redirected = request === 'graphql' || request.startsWith('graphql/') ? graphql + request.slice('graphql'.length) : request;
  return resolve.call(this, redirected, ...rest);
};
