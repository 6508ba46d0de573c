// An esbuild plugin for vue-eslint-parser (src/core/a11y/vue.ts): its one `require("eslint")` builds a SourceCode
// for <i18n>-style custom blocks only, which no accessibility rule visits. Bundled, it would pull in ESLint's
// Node entry (config loading, jiti, which esbuild cannot resolve); left as a run-time require, it is never reached.

const IMPORTER = /[\\/]vue-eslint-parser[\\/]dist[\\/]index\.cjs$/;

/** @type {import('esbuild').Plugin} */
export const vueEslintParserNoEslint = {
  name: 'vue-eslint-parser-no-eslint',
  setup(build) {
    build.onResolve({ filter: /^eslint$/ }, (args) => (IMPORTER.test(args.importer) ? { path: args.path, external: true } : undefined));
  },
};
