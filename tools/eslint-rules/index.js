'use strict';
// The workspace's own ESLint rules, loaded as the local plugin `lr` by eslint.config.mjs.
// (@nx/eslint-plugin also loads this folder, by convention, as `@nx/workspace-*` rules; the
// config turns on the `lr/` names.)
module.exports = {
  meta: { name: 'eslint-plugin-lr' },
  rules: {
    'no-foreign-data-access': require('./no-foreign-data-access'),
  },
};
