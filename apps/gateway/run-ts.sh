#!/usr/bin/env sh
# Runs a gateway TypeScript entry point with SWC (which emits the decorator metadata TypeORM and
# type-graphql need) and the workspace's path aliases.
export TS_NODE_PROJECT="${TS_NODE_PROJECT:-apps/gateway/tsconfig.json}"
exec node -r ts-node/register/transpile-only -r tsconfig-paths/register "$@"
