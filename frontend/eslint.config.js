import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const folders = (path) =>
  readdirSync(new URL(path, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

/** Each feature stands alone: it may use components, lib and types, never another feature or the app. */
const featureZones = folders('./src/features/').map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`],
  message: 'A feature does not import another feature: move what both need to src/components or src/lib, or compose them in a route.',
}));

/** A feature's routes use features, never another feature's routes. */
const routeZones = folders('./src/app/routes/').map((feature) => ({
  target: `./src/app/routes/${feature}`,
  from: './src/app/routes',
  except: [`./${feature}`],
  message: 'Routes of one feature do not import the routes of another: move what both need to src/app, src/components or src/lib.',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'src/types/api.d.ts'] },
  {
    files: ['src/**/*.{ts,tsx}', 'e2e/**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      // The layout of bulletproof-react: app -> features -> components, lib, types; never back up, never across.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...featureZones,
            ...routeZones,
            { target: './src/features', from: './src/app', message: 'Features do not import the app: the app composes features.' },
            {
              target: ['./src/components', './src/lib', './src/types'],
              from: ['./src/features', './src/app'],
              message: 'Shared code does not import features or the app.',
            },
          ],
        },
      ],
      'import-x/no-cycle': 'error',
      'import-x/no-unresolved': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      // Imports name the file from src (`@/lib/paths`), never a relative path.
      'no-restricted-imports': ['error', { patterns: [{ group: ['./*', '../*'], message: 'Import with `@/` from src.' }] }],
    },
  },
);
