/** Set when the user asked the command to stop (first Ctrl-C or SIGTERM). */
export interface StopSignal {
  stopped: boolean;
  /** Removes the handlers again. */
  release(): void;
}

/**
 * Two-stage stop for long commands: the first SIGINT/SIGTERM prints `message` and sets
 * `stopped` (the command winds down cleanly); a second one exits at once with code 130.
 */
export function onStopSignals(message: string): StopSignal {
  const onSig = (): void => {
    if (signal.stopped) process.exit(130);
    signal.stopped = true;
    process.stderr.write(`\nlagebild: stopping — ${message} (Ctrl-C again to quit now)\n`);
  };
  const signal: StopSignal = {
    stopped: false,
    release() {
      process.off("SIGINT", onSig);
      process.off("SIGTERM", onSig);
    },
  };
  process.on("SIGINT", onSig);
  process.on("SIGTERM", onSig);
  return signal;
}
