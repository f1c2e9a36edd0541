// Jest projects, one per test layer (STYLE §8): unit beside the code, the rest under tests/.
const nodeTransform = {
  '^.+\\.(t|j)sx?$': [
    'babel-jest',
    {
      configFile: false,
      babelrc: false,
      presets: [
        ['@babel/preset-env', { targets: { node: 'current' } }],
        '@babel/preset-typescript',
      ],
    },
  ],
}
const aliases = {
  '^@linli/types$': '<rootDir>/types/index.ts',
  '^@linli/types/(.*)$': '<rootDir>/types/$1',
}
const nodeProject = (displayName, testMatch, extra = {}) => ({
  displayName,
  testEnvironment: 'node',
  testMatch,
  transform: nodeTransform,
  moduleNameMapper: aliases,
  // Built bundles (dist/) and Taro's output are run as they are, never re-transpiled.
  transformIgnorePatterns: ['/node_modules/', '/dist/'],
  ...extra,
})

// The app's component tests: jsdom, Taro's React components and a test build of @tarojs/taro.
const componentProject = {
  displayName: 'component',
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/src/**/*.test.tsx'],
  transform: {
    '^.+\\.(mjs|[tj]sx?)$': [
      'babel-jest',
      {
        configFile: false,
        babelrc: false,
        presets: [
          ['@babel/preset-env', { targets: { node: 'current' } }],
          ['@babel/preset-react', { runtime: 'automatic' }],
          '@babel/preset-typescript',
        ],
      },
    ],
  },
  moduleNameMapper: {
    ...aliases,
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@tarojs/components$': '@tarojs/components/lib/react',
    '^@tarojs/taro$': '<rootDir>/tests/component/taro.ts',
    '\\.css$': '<rootDir>/tests/component/style-stub.js',
  },
  setupFiles: ['<rootDir>/tests/component/setup.ts'],
  // Constants Taro's webpack plugins define at build time, with the H5 build's values.
  globals: {
    ENABLE_INNER_HTML: true,
    ENABLE_ADJACENT_HTML: true,
    ENABLE_SIZE_APIS: false,
    ENABLE_TEMPLATE_CONTENT: true,
    ENABLE_CLONE_NODE: true,
    ENABLE_CONTAINS: true,
    ENABLE_MUTATION_OBSERVER: true,
    // true here only: Taro's components stay plain elements (no Stencil upgrade racing the test in jsdom).
    DEPRECATED_ADAPTER_COMPONENT: true,
  },
  // A deny-list, not the default: Taro ships ESM inside node_modules, which must be transpiled.
  transformIgnorePatterns: [
    '/node_modules/(jest|@jest|babel-jest|@babel|pretty-format|react|react-dom|react-is|scheduler|@testing-library)/',
  ],
}

module.exports = {
  testTimeout: 30000,
  projects: [
    nodeProject('unit', [
      '<rootDir>/types/**/*.test.ts',
      '<rootDir>/cloudfunctions/**/*.test.ts',
      '<rootDir>/emulator/**/*.test.ts',
      '<rootDir>/scripts/**/*.test.ts',
    ]),
    nodeProject('emulator', ['<rootDir>/tests/emulator/**/*.test.ts']),
    nodeProject('integration', ['<rootDir>/tests/integration/**/*.test.ts']),
    // Every action of the API map driven with generated inputs (npm run test:fuzz runs it longer).
    nodeProject('fuzz', ['<rootDir>/tests/fuzz/**/*.test.ts']),
    nodeProject('budget', ['<rootDir>/tests/budget/**/*.test.ts']),
    nodeProject('e2e', ['<rootDir>/tests/e2e/**/*.test.ts']),
    componentProject,
    // miniprogram-simulate renders into a DOM, so this node-style project runs in jsdom.
    nodeProject('miniprogram', ['<rootDir>/tests/miniprogram/**/*.test.ts'], {
      testEnvironment: 'jsdom',
    }),
  ],
}
