// An esbuild plugin for @vue/compiler-sfc (src/core/extract): its bundled consolidate.js require()s ~40 optional
// template engines (pug, ejs, …) outside try/catch; those not installed are left as run-time requires, reached
// only by template preprocessing, which extraction never does. Everything installed is bundled as usual.

const IMPORTER = /[\\/]@vue[\\/]compiler-sfc[\\/]dist[\\/]compiler-sfc\.cjs\.js$/;

/** @type {import('esbuild').Plugin} */
export const vueSfcOptionalRequires = {
  name: 'vue-sfc-optional-requires',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (!IMPORTER.test(args.importer) || args.pluginData?.resolving) return undefined;
      const r = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: { resolving: true } });
      return r.errors.length > 0 ? { path: args.path, external: true } : r;
    });
  },
};
