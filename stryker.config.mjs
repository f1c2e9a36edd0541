// StrykerJS over the rules: MUTATE_AREA=domain (default) or types, scored and reported separately.
// Each area is judged by its own unit tests: types/ by the contract's tests, the domain by the backend's.
const areas = {
  domain: {
    mutate: ['cloudfunctions/domain/**/*.ts', '!cloudfunctions/domain/**/*.test.ts'],
    tests: ['<rootDir>/cloudfunctions/**/*.test.ts'],
  },
  types: {
    mutate: ['types/**/*.ts', '!types/**/*.test.ts', '!types/testing/**'],
    // Most of types/ is schemas built at load time (static mutants run every test): keep the set small.
    tests: ['<rootDir>/types/**/*.test.ts'],
  },
}
const area = process.env.MUTATE_AREA ?? 'domain'
if (!(area in areas)) throw new Error(`MUTATE_AREA must be one of ${Object.keys(areas).join(', ')}`)

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  jest: {
    projectType: 'custom',
    configFile: 'jest.stryker.config.js',
    config: { testMatch: areas[area].tests },
    enableFindRelatedTests: true,
  },
  mutate: areas[area].mutate,
  coverageAnalysis: 'perTest',
  concurrency: 2,
  reporters: ['clear-text', 'html', 'json', 'progress'],
  htmlReporter: { fileName: `reports/mutation/${area}.html` },
  jsonReporter: { fileName: `reports/mutation/${area}.json` },
  tempDirName: '.stryker-tmp',
  // Build output and caches are not needed in the sandbox copy.
  ignorePatterns: [
    'dist',
    'build',
    '.data',
    '.taro-cache',
    '.cache',
    '.swc',
    'coverage',
    'test-results',
  ],
  thresholds: { high: 95, low: 90, break: 90 },
}
