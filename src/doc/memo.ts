/**
 * A key for a per-word memo that outlives the document: V8 keeps a token string of 13 or more characters as a view
 * into the whole document text, so a memo keyed by it would keep every such text alive; this copies it out.
 */
export function memoKey(word: string): string {
  return word.length < 13 ? word : ` ${word}`.slice(1);
}

/**
 * A per-word memo of `compute`, one per owner (a lexicon, a KB: the answers depend on it), bounded: when it holds
 * `limit` words it starts again empty. Keys are copied out of long token strings (memoKey).
 */
export function wordMemo<O extends object, T>(
  limit: number,
  compute: (owner: O, word: string) => T,
): (owner: O, word: string) => T {
  const byOwner = new WeakMap<O, Map<string, T>>();
  return (owner, word) => {
    let memo = byOwner.get(owner);
    if (!memo || memo.size >= limit) {
      memo = new Map();
      byOwner.set(owner, memo);
    }
    let v = memo.get(word);
    if (v === undefined) {
      v = compute(owner, word);
      memo.set(memoKey(word), v);
    }
    return v;
  };
}

/** A per-token yes/no memo of `test`, one per view (document): rules that ask the same tokens again pay once. */
export function tokenMemo<V extends object & { readonly n: number }>(
  test: (v: V, i: number) => boolean,
): (v: V, i: number) => boolean {
  const byView = new WeakMap<V, Int8Array>(); // 0 not yet asked, 1 yes, 2 no
  return (v, i) => {
    let marks = byView.get(v);
    if (!marks) {
      marks = new Int8Array(v.n);
      byView.set(v, marks);
    }
    let a = marks[i];
    if (a === 0) {
      a = test(v, i) ? 1 : 2;
      marks[i] = a;
    }
    return a === 1;
  };
}
