/** Worker thread entry (piscina) for POST /api/analyze: the analysis runs here, off the request thread. */
import { move } from "piscina";
import type { z } from "zod";
import { InputError } from "../errors.js";
import { analyzeRequest, safeJson } from "./analyze-request.js";
import type { AnalyzeBody } from "./schemas.js";

/** The Doc JSON as UTF-8 bytes (moved to the request thread, not copied onto its heap), or why the input is unreadable. */
export type WorkerAnswer = Uint8Array | { inputError: string };

const encoder = new TextEncoder();

export default function analyzeTask(body: z.output<typeof AnalyzeBody>): WorkerAnswer {
  try {
    const bytes = encoder.encode(safeJson(analyzeRequest(body)));
    return move(bytes) as Uint8Array;
  } catch (e) {
    if (e instanceof InputError) return { inputError: e.message };
    throw e;
  }
}
