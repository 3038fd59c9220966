import type { DocInit } from "../doc/index.js";

/** One work item on the queue: an article's text and metadata, keyed (job id) by its content hash. */
export interface IngestJob {
  hash: string;
  init: DocInit;
  meta: Record<string, string>;
  /** Where it came from (file:line, URL). */
  origin: string;
}

/** What a worker returns for a job (kept with completed jobs). */
export interface IngestJobResult {
  status: "stored" | "exists";
  id: string;
  duplicateOf: string | null;
}

/** BullMQ job name of ingest work items. */
export const JOB_NAME = "analyse";

/** Retries for transient failures (database or Redis briefly away): exponential backoff from 2 s. */
export const DEFAULT_ATTEMPTS = 5;
export const BACKOFF_MS = 2000;
