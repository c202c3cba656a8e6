module.exports = {
  ...require('../../../jest.portal.preset.js'),
  displayName: 'portal-ui',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
