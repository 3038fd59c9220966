/**
 * Quote-mark pairing over the token layer: „…“ »…« «…» "…" ‚…‘ “…”, across sentence ends. A quote
 * left open at the end of a paragraph closes there (multi-paragraph quotations reopen with a new mark).
 * Only outermost pairs are returned; single marks nested inside double marks are part of the quotation.
 */
import { TokenKind } from "../doc/tokens.js";
import type { TokView } from "./view.js";

export interface QuotePair {
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark, or the first token after the paragraph when unclosed. */
  close: number;
  /** True when the closing mark is missing (closed by a paragraph end). */
  unclosed: boolean;
}

const SINGLE = new Set(["‚", "‘", "’", "'", "›", "‹"]);

export function pairQuotes(v: TokView): QuotePair[] {
  const out: QuotePair[] = [];
  const stack: number[] = [];
  const flush = (at: number) => {
    // unclosed double quote at a paragraph end: close it there
    const firstDouble = stack.findIndex((o) => !SINGLE.has(v.text[o]));
    if (firstDouble >= 0 && at - stack[firstDouble] > 2)
      out.push({ open: stack[firstDouble], close: at, unclosed: true });
    stack.length = 0;
  };
  for (let i = 0; i < v.n; i++) {
    if (i > 0 && v.isLineStart(i) && stack.length) flush(i);
    let k = v.kind(i);
    if (k !== TokenKind.QUOTE_OPEN && k !== TokenKind.QUOTE_CLOSE && k !== TokenKind.QUOTE_AMBIG) continue;
    // “ and ‘ close German „ and ‚ even where the tokenizer read them as English openers
    const opener = stack.length ? v.text[stack[stack.length - 1]] : "";
    // (and ” too: „…” is a common variant)
    if (
      k === TokenKind.QUOTE_OPEN &&
      (((v.text[i] === "“" || v.text[i] === "”") && opener === "„") ||
        (v.text[i] === "”" && opener === "“") ||
        (v.text[i] === "‘" && opener === "‚"))
    )
      k = TokenKind.QUOTE_CLOSE;
    // a new German opener while one is open: the earlier one was never closed
    if (k === TokenKind.QUOTE_OPEN && v.text[i] === "„" && opener === "„") stack.pop();
    const single = SINGLE.has(v.text[i]);
    if (k === TokenKind.QUOTE_OPEN) {
      stack.push(i);
      continue;
    }
    // the most recent opener of the same family
    let j = stack.length - 1;
    while (j >= 0 && SINGLE.has(v.text[stack[j]]) !== single) j--;
    if (k === TokenKind.QUOTE_AMBIG) {
      // spacing decides: ␣"Wort → opens, Wort"␣ → closes
      const spaceBefore = i === 0 || v.start(i) > v.end(i - 1);
      const gluedAfter = i + 1 < v.n && v.start(i + 1) === v.end(i) && v.isWord(i + 1);
      const glued = i > 0 && v.start(i) === v.end(i - 1) && !v.isPunct(i - 1, "(");
      if (spaceBefore && gluedAfter) {
        stack.push(i);
        continue;
      }
      if (glued && !gluedAfter) k = TokenKind.QUOTE_CLOSE;
      // a spaced " that does not open a word while a typographic double quotation is open closes it:
      // „Tod dem Diktator ", die … (mixed marks; left open, the quotation would run to the paragraph's end)
      else if (!single && j >= 0 && v.text[stack[j]] !== '"') k = TokenKind.QUOTE_CLOSE;
    }
    if (k === TokenKind.QUOTE_AMBIG && (j < 0 || v.kind(stack[j]) !== TokenKind.QUOTE_AMBIG)) {
      // an ambiguous mark opens unless an ambiguous mark of its family is open
      if (j < 0 || v.text[stack[j]] !== v.text[i]) {
        stack.push(i);
        continue;
      }
    }
    if (j < 0) continue;
    const open = stack[j];
    stack.length = j;
    // keep outermost pairs only
    if (!stack.some((o) => !SINGLE.has(v.text[o]))) {
      if (!(single && stack.length)) out.push({ open, close: i, unclosed: false });
    }
  }
  if (stack.length) flush(v.n);
  // drop pairs nested in another returned pair (single pairs inside doubles opened earlier)
  out.sort((a, b) => a.open - b.open);
  const res: QuotePair[] = [];
  for (const p of out) {
    const last = res[res.length - 1];
    if (last && p.open < last.close) continue;
    res.push(p);
  }
  return res;
}
