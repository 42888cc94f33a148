// ESLint (flat config): `npm run lint`. TypeScript through typescript-eslint, Lit templates through eslint-plugin-lit,
// custom-element rules through eslint-plugin-wc; formatting is Prettier's job (eslint-config-prettier turns off the
// rules that would disagree with it). Lit template bindings are also type-checked by lit-analyzer (`npm run lint:lit`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'custom-elements.json',
      '.cache/**',
      'tmp/**',
      // pages saved from the web, the detector's test corpus: not our code
      'test/extension/corpus/**',
      'test/extension/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      // The same code runs in pages, workers, the extension and Node (core, CLI, tests): all their globals.
      globals: { ...globals.browser, ...globals.worker, ...globals.node, ...globals.webextensions },
    },
    rules: {
      // `_name` is how this codebase says "deliberately unused" (a callback's ignored argument, a destructured rest).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // Our components register their tag in a separate file (x.ts) guarded by `customElements.get`, as Shoelace
      // does; the class file itself defines nothing, which these rules can't see.
      'wc/define-tag-after-class-definition': 'off',
      'wc/tag-name-matches-class': 'off',
    },
  },
  {
    // The extension's UI sits in pages it doesn't trust: a closed shadow root keeps page scripts out of it.
    files: ['extension/**'],
    rules: {
      'wc/no-closed-shadow-root': 'off',
      // The detector and scanner run their regexes on every block of every page: matchAll copies the regex on each
      // call and cost more than the matching (extension/detector/matches.ts gives the same matches).
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='matchAll']",
          message: 'Use matchesOf (extension/detector/matches.ts): matchAll copies its regex on every call.',
        },
      ],
    },
  },
  {
    // Mocha globals in the browser specs (@web/test-runner).
    files: ['test/**/*.spec.ts'],
    languageOptions: { globals: { ...globals.mocha } },
  },
  prettier,
);
