import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { missingOrtBinding, ortBindingPath } from '../../src/inference/inprocess/runtime';
import { ROOT, tempDir } from './helpers';

describe('onnxruntime-node binding of the running platform', () => {
  it('is found where onnxruntime-node requires it, for each target whose binary the checkout has', () => {
    for (const [platform, arch] of [['linux', 'x64'], ['linux', 'arm64'], ['darwin', 'arm64'], ['win32', 'x64'], ['win32', 'arm64']] as const) {
      assert.equal(missingOrtBinding(ROOT, platform, arch), undefined, `${platform}-${arch}`);
    }
    assert.equal(missingOrtBinding(ROOT), undefined, 'this machine');
  });

  it('names the platform and the missing file where the package has none (the in-process tier then stays off)', () => {
    const ext = tempDir('no-ort');
    const why = missingOrtBinding(ext, 'linux', 'arm');
    assert.ok(why !== undefined && why.includes('not available on linux-arm:'), why);
    assert.ok(why.includes(path.join(ext, 'node_modules', 'onnxruntime-node', 'bin', 'napi-v6', 'linux', 'arm', 'onnxruntime_binding.node')), why);
    assert.equal(ortBindingPath(ext, 'darwin', 'x64'), path.join(ext, 'node_modules', 'onnxruntime-node', 'bin', 'napi-v6', 'darwin', 'x64', 'onnxruntime_binding.node'));
  });
});
