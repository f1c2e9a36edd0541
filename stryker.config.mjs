// StrykerJS over the rules: MUTATE_AREA=domain (default) or types, scored and reported separately.
const areas = {
  domain: ['cloudfunctions/domain/**/*.ts', '!cloudfunctions/domain/**/*.test.ts'],
  types: ['types/**/*.ts', '!types/**/*.test.ts'],
}
const area = process.env.MUTATE_AREA ?? 'domain'
if (!(area in areas)) throw new Error(`MUTATE_AREA must be one of ${Object.keys(areas).join(', ')}`)

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  jest: { projectType: 'custom', configFile: 'jest.stryker.config.js', enableFindRelatedTests: true },
  mutate: areas[area],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  reporters: ['clear-text', 'html', 'json', 'progress'],
  htmlReporter: { fileName: `reports/mutation/${area}.html` },
  jsonReporter: { fileName: `reports/mutation/${area}.json` },
  tempDirName: '.stryker-tmp',
  // Build output and caches are not needed in the sandbox copy.
  ignorePatterns: ['dist', 'build', '.data', '.taro-cache', '.cache', '.swc', 'coverage', 'test-results'],
  thresholds: { high: 95, low: 90, break: 90 },
}
