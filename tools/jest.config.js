module.exports = {
  ...require('../jest.preset.js'),
  displayName: 'tools',
  rootDir: __dirname,
  testMatch: ['<rootDir>/scripts/**/*.spec.ts', '<rootDir>/eslint-rules/**/*.spec.ts'],
  // intl-messageformat (the portal's ICU parser, checked by portal-messages.spec) ships ES modules only.
  transformIgnorePatterns: ['/node_modules/(?!(intl-messageformat|@formatjs)/)'],
};
