import * as assert from 'node:assert/strict';
import { cosine, decodeVector, dot, encodeVector } from '../../src/core/vectors';

describe('vector wire format', () => {
  it('round-trips float32 exactly through little-endian base64', () => {
    const v = Float32Array.from([0.1, -2.5, 3.4028234e38, 1e-45, 0]);
    const back = decodeVector(encodeVector(v));
    assert.deepEqual(Array.from(back), Array.from(v));
  });

  it('is little-endian: 1.0 is 00 00 80 3f', () => {
    assert.equal(Buffer.from(encodeVector(Float32Array.from([1])), 'base64').toString('hex'), '0000803f');
  });

  it('rejects a wrong length or dimension count with a clear message', () => {
    assert.throws(() => decodeVector(Buffer.from([1, 2, 3]).toString('base64')), /whole number of float32s/);
    assert.throws(() => decodeVector(encodeVector(new Float32Array(3)), 384), /expected 384 dimensions, got 3/);
  });

  it('computes dot products and cosine', () => {
    const a = Float32Array.from([1, 0]);
    const b = Float32Array.from([1, 1]);
    assert.equal(dot(a, b), 1);
    assert.ok(Math.abs(cosine(a, b) - Math.SQRT1_2) < 1e-7);
    assert.equal(cosine(a, new Float32Array(2)), 0);
  });
});
