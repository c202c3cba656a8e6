module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'server-follow-up',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
