/**
 * A key for a per-word memo that outlives the document: V8 keeps a token string of 13 or more characters as a view
 * into the whole document text, so a memo keyed by it would keep every such text alive; this copies it out.
 */
export function memoKey(word: string): string {
  return word.length < 13 ? word : ` ${word}`.slice(1);
}
