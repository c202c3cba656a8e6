module.exports = {
  ...require('../../jest.portal.preset.js'),
  displayName: 'portal-shell',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
