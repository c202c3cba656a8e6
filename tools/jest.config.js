module.exports = {
  ...require('../jest.preset.js'),
  displayName: 'tools',
  rootDir: __dirname,
  testMatch: ['<rootDir>/scripts/**/*.spec.ts', '<rootDir>/eslint-rules/**/*.spec.ts'],
};
