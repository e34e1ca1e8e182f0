// ESLint flat config: TypeScript rules everywhere, Office add-in rules on the Office adapter.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import quotepart from './eslint/layerImports.mjs';

export default tseslint.config(
  { ignores: ['lib/**', 'dist/**', 'node_modules/**', 'out/**', 'coverage/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Function']", message: 'new Function is forbidden.' },
        { selector: "CallExpression[callee.name='eval']", message: 'eval is forbidden.' },
      ],
    },
  },
  {
    // Layers by resolved path: engine imports only engine; workbook never imports a shell.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { quotepart },
    rules: { 'quotepart/layer-imports': 'error' },
  },
  {
    files: ['src/workbook/office/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/no-navigational-load': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/no-office-initialize': 'error',
    },
  },
);
