/**
 * Sends work units (blocks of rows to write, chunks of cells to read) packed into as few
 * requests as the limits allow, one `sync()` per request, the page given a turn between two.
 * When Excel still refuses a request as too large, the request is split in two, down to
 * halving a single unit.
 */
import { isPayloadTooLarge } from './officeHostError';
import type { SyncSession } from './syncSession';
import { yieldToPage } from './yieldToPage';

/** How to size, queue and split one kind of unit. */
export interface UnitHandler<U> {
  /** Estimated request bytes and rows (or cells) of a unit. */
  size(unit: U): { readonly bytes: number; readonly rows: number };
  /** Queues the API calls of a unit (no sync). */
  enqueue(unit: U): void;
  /** Two halves of a unit, or null when it cannot be cut. */
  split(unit: U): [U, U] | null;
  /** Queued before the units of each request (e.g. suspend calculation). */
  beforeRequest?(): void;
  /** Called after each successful request with the units it carried. */
  afterRequest?(units: readonly U[]): void;
}

/** Greedy packing of units into requests within `maxBytes` and `maxRows`. */
export function packUnits<U>(
  units: readonly U[],
  handler: Pick<UnitHandler<U>, 'size'>,
  maxBytes: number,
  maxRows: number,
): U[][] {
  const requests: U[][] = [];
  let current: U[] = [];
  let bytes = 0;
  let rows = 0;
  for (const unit of units) {
    const size = handler.size(unit);
    if (current.length > 0 && (bytes + size.bytes > maxBytes || rows + size.rows > maxRows)) {
      requests.push(current);
      current = [];
      bytes = 0;
      rows = 0;
    }
    current.push(unit);
    bytes += size.bytes;
    rows += size.rows;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}

/**
 * Sends the units, packed as `packUnits` packs them; returns how many were sent (after
 * any halving). Units may come from an async iterable (rows streamed while the
 * write goes on): a request is sent as soon as the next unit does not fit in it, so only
 * one request's units are held at a time.
 */
export async function sendInRequests<U>(
  session: SyncSession,
  units: Iterable<U> | AsyncIterable<U>,
  handler: UnitHandler<U>,
  maxBytes: number,
  maxRows: number,
): Promise<number> {
  let sent = 0;
  const send = async (request: readonly U[]): Promise<void> => {
    handler.beforeRequest?.();
    for (const unit of request) handler.enqueue(unit);
    try {
      await session.sync(request.reduce((sum, unit) => sum + handler.size(unit).bytes, 0));
    } catch (error) {
      if (!isPayloadTooLarge(error)) throw error;
      if (request.length > 1) {
        const middle = Math.ceil(request.length / 2);
        await send(request.slice(0, middle));
        await send(request.slice(middle));
        return;
      }
      const halves = request[0] === undefined ? null : handler.split(request[0]);
      if (!halves) throw error;
      await send([halves[0]]);
      await send([halves[1]]);
      return;
    }
    sent += request.length;
    handler.afterRequest?.(request);
  };
  const sendAndYield = async (request: readonly U[]): Promise<void> => {
    await send(request);
    // Between two requests, the page repaints and answers input (see yieldToPage).
    await yieldToPage();
  };
  let current: U[] = [];
  let bytes = 0;
  let rows = 0;
  for await (const unit of units) {
    const size = handler.size(unit);
    if (current.length > 0 && (bytes + size.bytes > maxBytes || rows + size.rows > maxRows)) {
      const request = current;
      current = [];
      bytes = 0;
      rows = 0;
      await sendAndYield(request);
    }
    current.push(unit);
    bytes += size.bytes;
    rows += size.rows;
    // A full request takes no other unit: sent now rather than when the next one comes.
    if (rows >= maxRows || bytes >= maxBytes) {
      const request = current;
      current = [];
      bytes = 0;
      rows = 0;
      await sendAndYield(request);
    }
  }
  if (current.length > 0) await sendAndYield(current);
  return sent;
}
