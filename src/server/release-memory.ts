import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let gc: (() => void) | null | undefined;

/**
 * Runs a full garbage collection of this thread's heap, so that the pages a large analysis
 * grew are handed back to the system now rather than at the next collection V8 happens to
 * need (an idle server allocates next to nothing, so that may be never). V8 exposes `gc`
 * only with --expose-gc; the flag is set at run time (as Jest does for --logHeapUsage) and
 * the function taken from a fresh context. Where that is not possible it does nothing.
 */
export function releaseMemory(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString("--expose-gc");
      const f: unknown = runInNewContext("gc");
      gc = typeof f === "function" ? (f as () => void) : null;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
