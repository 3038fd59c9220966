export { Doc, type DocInit } from "./doc.js";
export * from "./schema/index.js";
export { TokenView, type TokSpan, tokenView } from "./token-view.js";
export { TokenFlag, TokenKind, TokenLayer } from "./tokens.js";
