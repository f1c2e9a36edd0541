// Lint: typescript-eslint's recommended rules, React hooks rules, and no leftovers in tests.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      '.data/**',
      'coverage/**',
      'tests/emulator/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser, ...globals.jest } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-require-imports': 'off',
      'no-restricted-properties': [
        'error',
        { object: 'it', property: 'only', message: 'No .only: the rest of the suite must run.' },
        {
          object: 'describe',
          property: 'only',
          message: 'No .only: the rest of the suite must run.',
        },
        { object: 'test', property: 'only', message: 'No .only: the rest of the suite must run.' },
        { object: 'it', property: 'skip', message: 'No skipped tests: fix or remove it.' },
        { object: 'describe', property: 'skip', message: 'No skipped tests: fix or remove it.' },
        { object: 'test', property: 'skip', message: 'No skipped tests: fix or remove it.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['tests/**/*.ts', '**/*.test.ts', '**/*.test.tsx'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.cjs', '**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
  },
)
