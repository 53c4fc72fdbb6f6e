// @ts-check
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The database's tables (src/db/versions.ts) and the calls that write one.
const TABLES =
  '/^(workspaces|participants|workflows|steps|frictions|useCases|scorecards|decisions|waves|weightSets|audit|meta|snapshots|workshops|parkingLot|decisionSnapshots|reviews|portfolios|liveSessions)$/';
const TABLE_WRITES = '/^(put|add|update|delete|clear|bulkAdd|bulkPut|bulkDelete|bulkUpdate)$/';

export default tseslint.config(
  {
    ignores: [
      // Every build (dist, dist-e2e-*, dist-bench, a probe's dist-*): never linted.
      'dist*',
      'node_modules',
      'coverage',
      'bench-results',
      'test/fixtures/generated',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never inject HTML: render user text as text.',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.node },
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
      'boundaries/include': ['src/**/*'],
      'boundaries/elements': [
        { type: 'app', pattern: 'src/app' },
        { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
        { type: 'data', pattern: 'src/data' },
        { type: 'ui', pattern: 'src/ui' },
        { type: 'i18n', pattern: 'src/i18n' },
        { type: 'db', pattern: 'src/db' },
        { type: 'domain', pattern: 'src/domain' },
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Imports flow one way: domain <- db <- data <- features <- app; ui and i18n are leaves.
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            {
              from: { element: { type: 'app' } },
              allow: {
                to: {
                  element: { types: { anyOf: ['feature', 'data', 'ui', 'i18n', 'db', 'domain'] } },
                },
              },
            },
            {
              from: { element: { type: 'feature' } },
              allow: {
                to: { element: { types: { anyOf: ['data', 'ui', 'i18n', 'db', 'domain'] } } },
              },
            },
            {
              from: { element: { type: 'data' } },
              allow: { to: { element: { types: { anyOf: ['db', 'domain', 'i18n'] } } } },
            },
            {
              from: { element: { type: 'ui' } },
              allow: { to: { element: { types: { anyOf: ['i18n', 'domain'] } } } },
            },
            { from: { element: { type: 'i18n' } }, allow: { to: { element: { type: 'domain' } } } },
            { from: { element: { type: 'db' } }, allow: { to: { element: { type: 'domain' } } } },
          ],
        },
      ],
    },
  },
  {
    // One write path: only the database layer writes a table (src/db/write.ts, the repositories).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/db/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never inject HTML: render user text as text.',
        },
        {
          selector: `CallExpression[callee.property.name=${TABLE_WRITES}][callee.object.property.name=${TABLES}]`,
          message: 'Only src/db writes a table: call a repository (src/db/write.ts writeChange).',
        },
        {
          selector: `CallExpression[callee.property.name=${TABLE_WRITES}][callee.object.callee.property.name='table']`,
          message: 'Only src/db writes a table: call a repository (src/db/write.ts writeChange).',
        },
        {
          selector: "CallExpression[callee.property.name='modify']",
          message: 'Only src/db writes a table: call a repository (src/db/write.ts writeChange).',
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-*',
                'dexie',
                'dexie-*',
                'recharts',
                'i18next',
                '@*',
                'papaparse',
                '*-excel-file',
                'fflate',
                'yjs',
              ],
              message: 'The domain is pure TypeScript: zod and itself only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'recharts', 'i18next'],
              message: 'The database layer never imports React.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-*',
                'dexie',
                'dexie-*',
                'recharts',
                'i18next',
                '**/src/features/**',
                '**/src/app/**',
                '**/src/db/**',
              ],
              message:
                'The server never imports React, the database or the screens (src/domain schemas only).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**/*.tsx', 'src/features/**/*.tsx', 'src/ui/**/*.tsx'],
    plugins: { i18next },
    rules: {
      // Every user-visible text goes through the translation function.
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-text-only',
          'jsx-attributes': { include: ['aria-label', 'title', 'placeholder', 'alt', 'label'] },
        },
      ],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
