// An esbuild plugin for happy-dom (src/core/a11y/html.ts): its fetch ships a self-signed certificate and its
// private key for HTTPS requests. The analyser never fetches (axe-core runs on markup with resource loading
// off), and a private key in the .vsix is refused by vsce's secret scan, so the module is bundled empty.

/** @type {import('esbuild').Plugin} */
export const happyDomNoCertificate = {
  name: 'happy-dom-no-certificate',
  setup(build) {
    build.onLoad({ filter: /[\\/]happy-dom[\\/]lib[\\/]fetch[\\/]certificate[\\/]FetchHTTPSCertificate\.js$/ }, () => ({
      contents: "export default { cert: '', key: '' };",
      loader: 'js',
    }));
  },
};
