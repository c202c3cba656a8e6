module.exports = {
  ...require('../../../jest.portal.preset.js'),
  displayName: 'portal-i18n',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
