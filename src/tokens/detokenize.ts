/**
 * Rebuilds running text from a pre-tokenised corpus (GermEval, CoNLL, SpkAtt) so our own
 * tokenizer and sentence splitter can be measured on it. Returns the text and, for each
 * input token, its character offsets.
 */
export interface Detokenized {
  text: string;
  /** Per sentence, per token: [start, end) in `text`. */
  offsets: [number, number][][];
}

const NO_SPACE_BEFORE = new Set([".", ",", ";", ":", "!", "?", ")", "]", "}", "“", "«", "‘", "…", "%"]);
const NO_SPACE_AFTER = new Set(["(", "[", "{", "„", "»", "‚"]);

export function detokenize(sentences: readonly (readonly string[])[], sentenceSeparator = " "): Detokenized {
  let text = "";
  const offsets: [number, number][][] = [];
  for (const tokens of sentences) {
    if (text.length) text += sentenceSeparator;
    const sentOffsets: [number, number][] = [];
    let openStraight = false;
    let glueNext = true;
    for (const tok of tokens) {
      let space = !glueNext;
      if (NO_SPACE_BEFORE.has(tok)) space = false;
      let glueAfter = NO_SPACE_AFTER.has(tok);
      if (tok === '"' || tok === "''" || tok === "``") {
        if (openStraight) space = false;
        else glueAfter = true;
        openStraight = !openStraight;
      }
      if (space) text += " ";
      const start = text.length;
      text += tok;
      sentOffsets.push([start, text.length]);
      glueNext = glueAfter;
    }
    offsets.push(sentOffsets);
  }
  return { text, offsets };
}
