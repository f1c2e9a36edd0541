// The dependency rule (STYLE, DESIGN §7): domain imports no SDK, no I/O; only data access touches the SDK.
const NODE_IO =
  '^(fs|path|http|https|net|child_process|crypto|os|dgram|dns|tls|worker_threads)$|^node:'

module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'Domain rules are plain functions and data: no SDK, no Node I/O, no data access.',
      severity: 'error',
      from: { path: '^cloudfunctions/domain' },
      to: {
        path: [
          '^cloudfunctions/(data|shared|use-cases|functions|seed)',
          'node_modules/@cloudbase',
          'node_modules/wx-server-sdk',
          NODE_IO,
        ],
      },
    },
    {
      name: 'domain-no-node-builtins',
      severity: 'error',
      from: { path: '^cloudfunctions/domain' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'sdk-only-in-data-access',
      comment: 'Only the one SDK seam and the data layer import @cloudbase/node-sdk.',
      severity: 'error',
      from: {
        path: '^cloudfunctions',
        pathNot: '^cloudfunctions/(shared/cloudbase\\.ts|data/|seed/)',
      },
      to: { path: 'node_modules/@cloudbase' },
    },
    {
      name: 'use-cases-no-sdk',
      severity: 'error',
      from: { path: '^cloudfunctions/use-cases' },
      to: { path: ['node_modules/@cloudbase', '^cloudfunctions/shared/cloudbase\\.ts'] },
    },
    {
      name: 'types-are-the-contract',
      comment:
        'types/ is shared by app and functions: it depends on zod and dayjs (China time) only.',
      severity: 'error',
      from: { path: '^types' },
      to: {
        path: ['^(cloudfunctions|emulator|src|tests|scripts)', 'node_modules/(?!(zod|dayjs)/)'],
      },
    },
    {
      name: 'app-not-backend',
      severity: 'error',
      from: { path: '^src' },
      to: {
        path: ['^(cloudfunctions|emulator|tests|scripts)', 'node_modules/@cloudbase/node-sdk'],
      },
    },
    {
      name: 'backend-not-app',
      severity: 'error',
      from: { path: '^(cloudfunctions|emulator)' },
      to: { path: '^src' },
    },
    {
      name: 'no-cross-feature-imports',
      comment: 'bulletproof-react: features do not import each other; share through src/shared.',
      severity: 'error',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/', pathNot: '^src/features/$1/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '(^dist|\\.test\\.tsx?$|^tests/emulator/fixtures)' },
  },
}
