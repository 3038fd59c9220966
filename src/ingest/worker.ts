/** Worker thread entry: analyses the articles the ingest pool sends. */
import { parentPort } from "node:worker_threads";
import type { DocInit } from "../doc/index.js";
import { analyzeItem } from "./analyze-item.js";

const port = parentPort;
if (port) {
  port.on("message", (msg: { id: number; init: DocInit }) => {
    const r = analyzeItem(msg.id, msg.init);
    if ("sig" in r && r.sig) port.postMessage(r, [r.sig.buffer as ArrayBuffer]);
    else port.postMessage(r);
  });
}
