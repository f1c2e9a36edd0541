// Jest for mutation testing: the unit project of jest.config.js, narrowed to the tests that can reach domain/ and types/.
const { projects, testTimeout } = require('./jest.config.js')

const unit = projects.find((project) => project.displayName === 'unit')

module.exports = {
  ...unit,
  rootDir: __dirname,
  testTimeout,
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/', '<rootDir>/reports/'],
  testMatch: ['<rootDir>/types/**/*.test.ts', '<rootDir>/cloudfunctions/**/*.test.ts'],
}
