import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'stats.html', 'coverage/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
    },
  },
  {
    // What ships never turns strings into markup (the build checks the bundle too), and never
    // logs: whatever it would log could be a customer's name or number.
    files: ['lib/**', 'components/**', 'entrypoints/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-console': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text; never markup from strings.' },
        { property: 'outerHTML', message: 'Render text; never markup from strings.' },
        { property: 'insertAdjacentHTML', message: 'Render text; never markup from strings.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text; never markup from strings.' },
      ],
    },
  },
  {
    files: ['emulator/**', 'e2e/**', 'build/**', 'bench/**', 'scripts/**', '*.config.ts', '*.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
