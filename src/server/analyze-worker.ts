/** Worker thread entry (piscina) for POST /api/analyze: the analysis runs here, off the request thread. */
import type { z } from "zod";
import { InputError } from "../errors.js";
import { analyzeRequest, safeJson } from "./analyze-request.js";
import type { AnalyzeBody } from "./schemas.js";

export type WorkerAnswer = { json: string } | { inputError: string };

export default function analyzeTask(body: z.output<typeof AnalyzeBody>): WorkerAnswer {
  try {
    return { json: safeJson(analyzeRequest(body)) };
  } catch (e) {
    if (e instanceof InputError) return { inputError: e.message };
    throw e;
  }
}
