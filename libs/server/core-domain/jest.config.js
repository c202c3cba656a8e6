module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'server-core-domain',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
