// One .vsix per VS Code target: node scripts/package-vsix.mjs [target ...] (none: every target) → dist/siza-gen-<target>.vsix.
// Run after `npm run build -- --production` and `npm run build:model` (`npm run package` / `npm run package:all` do).
// Each package is made in a staging folder holding the extension's files and onnxruntime-node with only the
// target's binaries, so vsce walks nothing else; .vscodeignore is the allowlist there as it was in the checkout.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// onnxruntime-node 1.24 and later ship no darwin-x64 binary; 1.23.2 is the last that does. That target carries
// 1.23.2 (its JS, its onnxruntime-common and its binaries, as published), which runs this model and the bundled
// Transformers.js with the same vectors as 1.30.0 (checked on linux-x64 with 1.23.2's own linux binary:
// cosine 1.0000, largest difference 1.3e-7). The tarballs come from the npm registry, checked against these hashes.
const DARWIN_X64_ORT = {
  version: '1.23.2',
  integrity: {
    'onnxruntime-node': 'sha512-OBTsG0W8ddBVOeVVVychpVBS87A9YV5sa2hJ6lc025T97Le+J4v++PwSC4XFs1C62SWyNdof0Mh4KvnZgtt4aw==',
    'onnxruntime-common': 'sha512-5LFsC9Dukzp2WV6kNHYLNzp8sT6V02IubLCbzw2Xd6X5GOlr65gAX6xiJwyi2URJol/s71gaQLC5F2C25AAR2w==',
  },
};

/** target → onnxruntime-node's folder under bin/napi-v6, and where its runtime comes from (default: the checkout's node_modules). */
export const TARGETS = {
  'linux-x64': { bin: 'linux/x64' },
  'linux-arm64': { bin: 'linux/arm64' },
  'darwin-arm64': { bin: 'darwin/arm64' },
  'darwin-x64': { bin: 'darwin/x64', ort: DARWIN_X64_ORT },
  'win32-x64': { bin: 'win32/x64' },
  'win32-arm64': { bin: 'win32/arm64' },
};

/** The checkout's files the .vscodeignore allowlist draws from (node_modules aside). */
const EXTENSION_FILES = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', '.vscodeignore', 'dist', 'models', 'media', 'python'];
const ORT_PACKAGES = ['onnxruntime-node', 'onnxruntime-common'];
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'siza-ort');

function fail(msg) {
  console.error(`package-vsix: ${msg}`);
  process.exit(1);
}

function run(cmd, args, cwd, shell = false) {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', shell });
  if (r.status !== 0) fail(`${cmd} ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`})`);
}

/** onnxruntime-node and -common of another version, from the npm registry (cached under node_modules/.cache). */
function fetchOrt({ version, integrity }) {
  const dir = path.join(CACHE, version);
  for (const name of ORT_PACKAGES) {
    const tgz = path.join(CACHE, `${name}-${version}.tgz`);
    if (!fs.existsSync(tgz)) {
      fs.mkdirSync(CACHE, { recursive: true });
      run('npm', ['pack', `${name}@${version}`, '--pack-destination', CACHE, '--silent'], ROOT, process.platform === 'win32');
    }
    const got = `sha512-${createHash('sha512').update(fs.readFileSync(tgz)).digest('base64')}`;
    if (got !== integrity[name]) fail(`${tgz} is not the published ${name}@${version} (${got}); delete it to fetch it again`);
    const out = path.join(dir, name);
    if (!fs.existsSync(path.join(out, 'package.json'))) {
      fs.rmSync(out, { recursive: true, force: true });
      fs.mkdirSync(out, { recursive: true });
      run('tar', ['-xzf', tgz, '-C', out, '--strip-components=1'], ROOT);
    }
  }
  return dir;
}

/** Copies one onnxruntime package into the staging node_modules: for onnxruntime-node, only the target's binaries. */
function stageOrt(from, to, name, bin) {
  const src = path.join(from, name);
  const binRoot = path.join(src, 'bin', 'napi-v6');
  const keep = path.join(binRoot, ...bin.split('/'));
  fs.cpSync(src, to, {
    recursive: true,
    filter: (f) => f === binRoot || !f.startsWith(binRoot + path.sep) || f === keep || f.startsWith(keep + path.sep) || keep.startsWith(f + path.sep),
  });
  const manifest = JSON.parse(fs.readFileSync(path.join(to, 'package.json'), 'utf8'));
  // Its dependencies (adm-zip, global-agent) serve only its install script and are not shipped: without them listed,
  // `npm list` (which vsce runs) sees a complete tree.
  delete manifest.dependencies;
  fs.writeFileSync(path.join(to, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest.version;
}

function packageTarget(target) {
  const spec = TARGETS[target];
  if (!spec) fail(`unknown target ${target} (known: ${Object.keys(TARGETS).join(', ')})`);
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), `siza-vsix-${target}-`));
  try {
    for (const f of EXTENSION_FILES) {
      const src = path.join(ROOT, f);
      if (!fs.existsSync(src)) continue;
      fs.cpSync(src, path.join(stage, f), { recursive: true, filter: (p) => !p.endsWith('.vsix') && path.basename(p) !== '__pycache__' });
    }
    // The extension's own dependencies are bundled into dist/; listed, vsce's `npm list` would look for them here.
    const manifest = JSON.parse(fs.readFileSync(path.join(stage, 'package.json'), 'utf8'));
    delete manifest.dependencies;
    fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
    const from = spec.ort ? fetchOrt(spec.ort) : path.join(ROOT, 'node_modules');
    const versions = ORT_PACKAGES.map((name) => stageOrt(from, path.join(stage, 'node_modules', name), name, spec.bin));
    if (versions[0] !== versions[1]) fail(`onnxruntime-node ${versions[0]} beside onnxruntime-common ${versions[1]}`);
    const binding = path.join(stage, 'node_modules', 'onnxruntime-node', 'bin', 'napi-v6', ...spec.bin.split('/'), 'onnxruntime_binding.node');
    if (!fs.existsSync(binding)) fail(`onnxruntime-node ${versions[0]} has no binary for ${target} (${binding})`);
    const out = path.join(ROOT, 'dist', `siza-gen-${target}.vsix`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    console.log(`package-vsix: ${target} with onnxruntime-node ${versions[0]}`);
    run(process.execPath, [path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--target', target, '-o', out], stage);
    console.log(`package-vsix: ${path.relative(ROOT, out)} ${(fs.statSync(out).size / 2 ** 20).toFixed(1)} MiB`);
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

const wanted = process.argv.slice(2);
for (const f of ['dist/extension.js', 'dist/embed-worker.js', 'models/all-MiniLM-L6-v2/onnx/model.onnx']) {
  if (!fs.existsSync(path.join(ROOT, f))) fail(`${f} is missing: run \`npm run build -- --production\` and \`npm run build:model\` first`);
}
for (const target of wanted.length ? wanted : Object.keys(TARGETS)) packageTarget(target);
