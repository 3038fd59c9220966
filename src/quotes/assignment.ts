/**
 * Maximum-weight assignment on a rectangular score matrix (Hungarian method, shortest augmenting paths,
 * O(n²·m)). Like `scipy.optimize.linear_sum_assignment(scores, maximize=True)`, which the SpkAtt-2023
 * scorer uses to pair gold and predicted messages, it pairs min(rows, cols) rows and columns — also
 * pairs whose score is 0. Returns [row, col] pairs sorted by row.
 */
export function maxAssignment(scores: readonly (readonly number[])[]): [number, number][] {
  const rows = scores.length;
  const cols = rows ? scores[0].length : 0;
  if (!rows || !cols) return [];
  // the solver below needs rows ≤ cols: transpose otherwise
  const transposed = rows > cols;
  const n = transposed ? cols : rows;
  const m = transposed ? rows : cols;
  const cost = (i: number, j: number) => -(transposed ? scores[j][i] : scores[i][j]);
  // potentials u (rows), v (cols); p[j] = row matched to column j (1-based, 0 = none)
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(Number.POSITIVE_INFINITY);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  const out: [number, number][] = [];
  for (let j = 1; j <= m; j++) {
    if (!p[j]) continue;
    out.push(transposed ? [j - 1, p[j] - 1] : [p[j] - 1, j - 1]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}
