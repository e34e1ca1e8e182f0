/**
 * The fake `RequestContext`: API calls queue actions, and `sync()` sends them as one
 * request. As in Excel, a request over the payload limit is refused whole; otherwise the
 * actions run in order and the first failing one stops the batch (earlier ones stay
 * applied); loaded values become readable only when the whole sync succeeded.
 */
import { FakeRichApiError } from '../fakeErrors';
import { EXCEL_WEB_PAYLOAD_LIMIT, type FakeSession } from './fakeSession';

/** What an action returns when applied: the response bytes and a commit of loaded values. */
export interface ActionResult {
  readonly responseBytes: number;
  readonly commit?: () => void;
}

/** One queued API call. */
export interface QueuedAction {
  /** Approximate size of this call in the request JSON. */
  readonly requestBytes: number;
  /** Whether it changes the workbook. */
  readonly writes: boolean;
  apply(): ActionResult | void;
}

/** Fixed cost of an action in the request (object path, method name, ids). */
export const ACTION_OVERHEAD_BYTES = 48;

/** A request context bound to one fake session, for one `Excel.run`. */
export class FakeRequestContextCore {
  readonly session: FakeSession;
  private queue: QueuedAction[] = [];
  private suspendRequested = false;
  private closed = false;

  constructor(session: FakeSession) {
    this.session = session;
  }

  /** Queues an action (refused once the `Excel.run` that made the context has ended). */
  enqueue(action: QueuedAction): void {
    if (this.closed)
      throw new FakeRichApiError(
        'InvalidObjectPath',
        'The request context is no longer valid (its Excel.run has ended).',
      );
    this.queue.push(action);
  }

  /** Marks this batch as run with calculation suspended. */
  suspendCalculation(): void {
    this.suspendRequested = true;
  }

  /** Whether actions are waiting for a sync. */
  hasPending(): boolean {
    return this.queue.length > 0;
  }

  /** Ends the context (after `Excel.run`). */
  close(): void {
    this.closed = true;
  }

  /** Sends the queued actions as one request. */
  async sync(): Promise<void> {
    const actions = this.queue;
    const calculationSuspended = this.suspendRequested;
    this.queue = [];
    this.suspendRequested = false;
    await Promise.resolve();
    const { options, model } = this.session;
    const requestBytes = 2 + actions.reduce((sum, a) => sum + a.requestBytes + 1, 0);
    const wrote = actions.some((a) => a.writes);
    const base = { requestBytes, wrote, calculationSuspended };
    const syncNumber = this.session.nextSyncNumber();
    if (options.failSync?.(syncNumber)) {
      this.session.record({ ...base, responseBytes: 0, outcome: 'rejected' });
      throw new FakeRichApiError(
        'GeneralException',
        'An internal error has occurred (failure injected by the test).',
      );
    }
    if (requestBytes > (options.requestLimitBytes ?? EXCEL_WEB_PAYLOAD_LIMIT)) {
      this.session.record({ ...base, responseBytes: 0, outcome: 'rejected' });
      throw new FakeRichApiError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size (${requestBytes} bytes) has exceeded the limit.`,
      );
    }
    let responseBytes = 2;
    const commits: (() => void)[] = [];
    try {
      for (const [index, action] of actions.entries()) {
        if (options.failAction?.(syncNumber, index))
          throw new FakeRichApiError(
            'GeneralException',
            `An internal error has occurred (failure injected at action ${index}).`,
          );
        const result = action.apply();
        if (result) {
          responseBytes += result.responseBytes + 1;
          if (result.commit) commits.push(result.commit);
        }
      }
    } catch (error) {
      this.session.record({ ...base, responseBytes, outcome: 'failed' });
      if (wrote) model.notifyChanged();
      throw error;
    }
    if (responseBytes > (options.responseLimitBytes ?? EXCEL_WEB_PAYLOAD_LIMIT)) {
      this.session.record({ ...base, responseBytes, outcome: 'failed' });
      if (wrote) model.notifyChanged();
      throw new FakeRichApiError(
        'RequestPayloadSizeLimitExceeded',
        `The response payload size (${responseBytes} bytes) has exceeded the limit.`,
      );
    }
    for (const commit of commits) commit();
    this.session.record({ ...base, responseBytes, outcome: 'ok' });
    if (wrote) model.notifyChanged();
  }
}
