import cliProgress from "cli-progress";

/** Progress of an ingest run: a bar on a TTY, plain periodic lines otherwise (both on stderr). */
export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

function fmtEta(s: number): string {
  if (!Number.isFinite(s) || s < 0) return "?";
  if (s < 60) return `${Math.round(s)} s`;
  return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

export function createProgress(opts: { tty?: boolean; quiet?: boolean; intervalMs?: number } = {}): Progress {
  if (opts.quiet) return { update() {}, stop() {} };
  const t0 = performance.now();
  const rate = (done: number) => done / Math.max(0.001, (performance.now() - t0) / 1000);
  if (opts.tty ?? process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: "ingest [{bar}] {value}/{total} articles | {rate}/s | ETA {eta_formatted}",
        etaBuffer: 200,
        hideCursor: true,
        clearOnComplete: false,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(done, total) {
        if (!started) {
          bar.start(total, done, { rate: "0.0" });
          started = true;
        }
        bar.setTotal(total);
        bar.update(done, { rate: rate(done).toFixed(1) });
      },
      stop() {
        if (started) bar.stop();
      },
    };
  }
  const every = opts.intervalMs ?? 5000;
  let last = 0;
  let lastDone = -1;
  return {
    update(done, total) {
      const now = performance.now();
      if (now - last < every && done < total) return;
      if (done === lastDone) return;
      last = now;
      lastDone = done;
      const r = rate(done);
      process.stderr.write(
        `ingest: ${done}/${total} articles, ${r.toFixed(1)}/s, ETA ${fmtEta((total - done) / Math.max(r, 1e-9))}\n`,
      );
    },
    stop() {},
  };
}
