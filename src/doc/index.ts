export { Doc, type DocInit } from "./doc.js";
export * from "./schema/index.js";
export { TokenFlag, TokenKind, TokenLayer } from "./tokens.js";
