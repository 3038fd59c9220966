import { onStopSignals } from "../cli/stop-signal.js";
import { parseColumns, parseDelimiter } from "../ingest/csv.js";
import { checkRedisUrl } from "./connection.js";
import { enqueue, formatEnqueueSummary } from "./producer.js";

export interface EnqueueCliOptions {
  queue?: string;
  queueName?: string;
  wait?: boolean;
  db?: string;
  delimiter?: string;
  quote?: string;
  columns?: string;
  header?: boolean;
  maxBytes: number;
  quiet?: boolean;
  json?: boolean;
}

/** `lagebild ingest … --queue URL`: enqueue instead of analysing locally. */
export async function enqueueCommand(inputs: string[], o: EnqueueCliOptions): Promise<void> {
  const signal = onStopSignals("the jobs enqueued so far stay on the queue");
  try {
    const s = await enqueue(inputs, {
      queue: checkRedisUrl(o.queue),
      queueName: o.queueName,
      db: o.db,
      wait: o.wait,
      delimiter: o.delimiter !== undefined ? parseDelimiter(o.delimiter) : undefined,
      quote: o.quote,
      columns: o.columns !== undefined ? parseColumns(o.columns) : undefined,
      header: o.header,
      maxBytes: o.maxBytes,
      quiet: o.quiet,
      signal,
    });
    if (o.json) process.stdout.write(`${JSON.stringify(s)}\n`);
    else process.stderr.write(formatEnqueueSummary(s));
    if (s.stopped) process.exitCode = 130;
    else if (s.failedJobs?.length) process.exitCode = 1;
  } finally {
    signal.release();
  }
}
