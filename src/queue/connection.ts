import { Redis, type RedisOptions } from "ioredis";
import { InputError } from "../errors.js";

/** Default BullMQ queue name; `--queue-name` or LAGEBILD_QUEUE_NAME choose another (one per corpus). */
export const DEFAULT_QUEUE_NAME = "lagebild-ingest";

export function queueName(name: string | undefined): string {
  const n = name?.trim() || process.env.LAGEBILD_QUEUE_NAME?.trim() || DEFAULT_QUEUE_NAME;
  if (!/^[A-Za-z0-9_.-]{1,100}$/.test(n))
    throw new InputError(`--queue-name must be letters, digits, _ . or -, not "${n}"`);
  return n;
}

/** A Redis URL without its password, for messages. */
export function redactRedis(url: string): string {
  return url.replace(/^(rediss?:\/\/[^:/@]*):[^@]*@/i, "$1:***@");
}

/** Checks a `--queue` value: redis://[user:password@]host[:port][/db] or rediss:// (TLS). */
export function checkRedisUrl(url: string | undefined): string {
  const u = url?.trim() ?? "";
  if (!/^rediss?:\/\/[^/]/i.test(u))
    throw new InputError(`--queue must be a Redis URL like redis://host:6379, not "${redactRedis(u)}"`);
  try {
    new URL(u);
  } catch {
    throw new InputError(`--queue: cannot read "${redactRedis(u)}" as a Redis URL`);
  }
  return u;
}

/**
 * Makes Redis clients for BullMQ. `blocking` clients (workers) retry requests forever, as
 * BullMQ requires; the first connection is checked up front, so an unreachable server is
 * one clear InputError instead of endless reconnect noise.
 */
export class RedisFactory {
  private readonly clients: Redis[] = [];

  constructor(readonly url: string) {}

  /** Connects once and pings; throws an InputError when Redis cannot be reached. */
  async check(timeoutMs = 5000): Promise<void> {
    const probe = new Redis(this.url, {
      lazyConnect: true,
      connectTimeout: timeoutMs,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
      enableOfflineQueue: false,
    });
    let first: unknown = null;
    probe.on("error", (e) => {
      first ??= e;
    });
    try {
      await probe.connect();
      await probe.ping();
    } catch (e) {
      const err = (first ?? e) as { code?: string; message?: string };
      const why =
        err.code === "ECONNREFUSED"
          ? "connection refused (is redis-server running and listening there?)"
          : err.code === "ENOTFOUND" || err.code === "EAI_AGAIN"
            ? "unknown host"
            : (err.message ?? String(e)).split("\n")[0];
      throw new InputError(`cannot reach Redis at ${redactRedis(this.url)}: ${why}`);
    } finally {
      probe.disconnect();
    }
  }

  /** A new client (BullMQ wants one per Queue/Worker). */
  client(opts: RedisOptions = {}): Redis {
    const c = new Redis(this.url, { maxRetriesPerRequest: null, ...opts });
    // connection errors are retried by ioredis; BullMQ reports what matters
    c.on("error", () => {});
    this.clients.push(c);
    return c;
  }

  async close(): Promise<void> {
    await Promise.all(this.clients.map((c) => c.quit().catch(() => c.disconnect())));
    this.clients.length = 0;
  }
}
