/**
 * Counts the `context.sync()` round trips of a host operation and the largest request
 * sent (as estimated by the adapter), for the write report and the tests.
 */
import type { RequestContextLike } from './excelLike';

/** A request context with sync accounting. */
export class SyncSession {
  readonly context: RequestContextLike;
  private syncCount = 0;
  private largest = 0;

  constructor(context: RequestContextLike) {
    this.context = context;
  }

  /** Syncs the queued calls; `estimatedBytes` is what the adapter thinks it sends. */
  async sync(estimatedBytes = 0): Promise<void> {
    this.syncCount++;
    await this.context.sync();
    this.largest = Math.max(this.largest, estimatedBytes);
  }

  /** Syncs made so far, failed ones included. */
  get syncs(): number {
    return this.syncCount;
  }

  /** Largest estimated request that went through. */
  get largestRequestBytes(): number {
    return this.largest;
  }
}
