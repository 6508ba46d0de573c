/** The rows of one collection in memory: a growable float32 matrix with O(1) swap-remove, and exact top-k search. */

export class RowMatrix {
  private data: Float32Array;
  private n = 0;

  constructor(readonly dims: number, capacity = 64) {
    this.data = new Float32Array(capacity * dims);
  }

  get length(): number {
    return this.n;
  }

  row(i: number): Float32Array {
    return this.data.subarray(i * this.dims, (i + 1) * this.dims);
  }

  push(v: Float32Array): number {
    if ((this.n + 1) * this.dims > this.data.length) {
      const grown = new Float32Array(Math.max(this.data.length * 2, this.dims * 64));
      grown.set(this.data.subarray(0, this.n * this.dims));
      this.data = grown;
    }
    this.data.set(v, this.n * this.dims);
    return this.n++;
  }

  set(i: number, v: Float32Array): void {
    this.data.set(v, i * this.dims);
  }

  /** Moves the last row into row i; returns the index the moved row came from (or i when it was the last). */
  swapRemove(i: number): number {
    const last = this.n - 1;
    if (i !== last) this.data.copyWithin(i * this.dims, last * this.dims, (last + 1) * this.dims);
    this.n = last;
    return last;
  }

  clear(): void {
    this.n = 0;
    this.data = new Float32Array(64 * this.dims);
  }

  /** Little-endian float32 bytes of every row, in order (the snapshot's vectors file). */
  bytes(): Uint8Array {
    const out = new Float32Array(this.data.subarray(0, this.n * this.dims));
    if (!LITTLE_ENDIAN) swapBytes(out);
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  }

  /** Exact inner-product top-k over `candidates` (every row when undefined), best first. */
  topK(query: Float32Array, k: number, candidates?: Iterable<number>): { row: number; score: number }[] {
    if (k <= 0) return [];
    const rows = candidates ? Int32Array.from(candidates) : undefined;
    const count = rows ? rows.length : this.n;
    const scores = new Float64Array(count);
    const data = this.data;
    const d = this.dims;
    // the dot products in one tight loop over locals (a closure reading this.data per element is ~5x slower)
    for (let i = 0; i < count; i++) {
      const off = (rows ? rows[i]! : i) * d;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let j = 0;
      for (; j + 3 < d; j += 4) {
        s0 += data[off + j]! * query[j]!;
        s1 += data[off + j + 1]! * query[j + 1]!;
        s2 += data[off + j + 2]! * query[j + 2]!;
        s3 += data[off + j + 3]! * query[j + 3]!;
      }
      for (; j < d; j++) s0 += data[off + j]! * query[j]!;
      scores[i] = s0 + s1 + s2 + s3;
    }
    // the best k kept sorted (k is small: 5 to 50), entered only when they beat the current k-th
    const best: { row: number; score: number }[] = [];
    for (let i = 0; i < count; i++) {
      const s = scores[i]!;
      if (best.length === k && s <= best[k - 1]!.score) continue;
      let at = best.length;
      while (at > 0 && best[at - 1]!.score < s) at--;
      best.splice(at, 0, { row: rows ? rows[i]! : i, score: s });
      if (best.length > k) best.pop();
    }
    return best;
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function swapBytes(a: Float32Array): void {
  const v = new DataView(a.buffer, a.byteOffset, a.byteLength);
  for (let i = 0; i < a.length; i++) v.setFloat32(i * 4, v.getFloat32(i * 4, true), false);
}

/** Rows from the little-endian bytes of a snapshot. */
export function rowsFromBytes(bytes: Uint8Array, dims: number): Float32Array {
  const n = bytes.byteLength / 4;
  const out = new Float32Array(n);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < n; i++) out[i] = view.getFloat32(i * 4, true);
  if (out.length % dims !== 0) throw new Error('not a whole number of rows');
  return out;
}

/** A unit-length copy of `v`; throws on a wrong size, a zero or a non-finite vector. */
export function normalised(v: Float32Array, dims: number, where: string): Float32Array {
  if (v.length !== dims) throw new RangeError(`${where}: expected ${dims} dimensions, got ${v.length}`);
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i]! * v[i]!;
  const norm = Math.sqrt(s);
  if (!Number.isFinite(norm) || norm === 0) throw new RangeError(`${where}: vector must be finite and non-zero`);
  const out = new Float32Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = v[i]! / norm;
  return out;
}
