module.exports = {
  ...require('../../jest.portal.preset.js'),
  displayName: 'portal-admin',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
