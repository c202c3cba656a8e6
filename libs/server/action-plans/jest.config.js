module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'server-action-plans',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
