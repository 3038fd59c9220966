export * from "./common.js";
export * from "./doc.js";
export * from "./entities.js";
export * from "./events.js";
export * from "./mentions.js";
export * from "./quotes.js";
export * from "./times.js";
