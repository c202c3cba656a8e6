module.exports = {
  ...require('../../../jest.portal.preset.js'),
  displayName: 'portal-graphql',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
