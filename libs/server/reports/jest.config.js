module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'server-reports',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
