// Jest for the portal's own logic (pure functions: formatting, error wording, tile choice, form
// values) in Node; what needs a page is tested in the real browser (apps/portal-e2e).
const base = require('./jest.preset.js');

module.exports = {
  ...base,
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  // The ICU message parser i18next-icu uses ships ES modules only.
  transformIgnorePatterns: ['/node_modules/(?!(intl-messageformat|@formatjs|i18next-icu)/)'],
};
