module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'portal-e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
  testTimeout: 60000,
  // One browser and one stack at a time: the portal's ports are fixed.
  maxWorkers: 1,
};
