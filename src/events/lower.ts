import type { Doc } from "../doc/index.js";
import { tokenView } from "../doc/token-view.js";

/** Lower-cased token texts of a document (the shared token view's, computed once per Doc). */
export function lowerTokens(doc: Doc): readonly string[] {
  return tokenView(doc).lower;
}
