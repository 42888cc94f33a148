/**
 * @web/test-runner serves node_modules as they are, and papaparse is a UMD/CommonJS file: a browser cannot import its
 * default export. This dev-server plugin gives it one, by running the UMD with a local `module` object (Vite and
 * Node need nothing: they handle CommonJS). Add `papaparseEsm()` to the plugins of web-test-runner.config.mjs.
 */
export function papaparseEsm() {
  return {
    name: 'papaparse-esm',
    transform(context) {
      if (!/\/node_modules\/papaparse\/papaparse(\.min)?\.js$/.test(context.path)) return undefined;
      const body = String(context.body);
      return {
        body: `const module = { exports: {} };\nconst exports = module.exports;\n(function () {\n${body}\n}).call(globalThis);\nexport default module.exports;\n`,
      };
    },
  };
}
