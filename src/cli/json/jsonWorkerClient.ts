/**
 * The main thread's handle on the JSON worker (src/cli/json/jsonWorker.ts): starts it on
 * an open file, posts its requests, and tells when it has finished (or stops it). The
 * worker is found next to this module: `jsonWorker.js` in the compiled CLI (lib/), or
 * `jsonWorker.ts` when running from the sources (tests), through a bootstrap that
 * compiles TypeScript on load.
 */
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { JsonWorkerReply, JsonWorkerRequest, PartReply } from './jsonWorkerMessages';

/** Hears the worker's replies about the worksheet part it renders. */
export interface PartListener {
  reply(reply: PartReply): void;
  /** The worker failed or stopped: no more replies will come. */
  stopped(error: Error): void;
}

/**
 * The worker's young generation. Its rows' texts die at once, so a small one costs little
 * collection, while the process-wide `--max-semi-space-size=64` of the relaunched CLI
 * would let it grow by up to 192 MB of peak memory.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16 };

/** Starts the worker script, compiled or from the sources. */
function startWorker(): Worker {
  const script = join(__dirname, `jsonWorker${extname(__filename)}`);
  if (extname(script) === '.ts')
    return new Worker(join(__dirname, 'typescriptWorker.js'), {
      workerData: { script },
      resourceLimits: WORKER_LIMITS,
    });
  return new Worker(script, { resourceLimits: WORKER_LIMITS });
}

/** The error a `failed` reply describes, with its file-system code (for the French message). */
function replyError(reply: Extract<JsonWorkerReply, { type: 'failed' }>): Error {
  const error: NodeJS.ErrnoException = new Error(reply.message);
  if (reply.code !== undefined) error.code = reply.code;
  if (reply.stack !== undefined) error.stack = reply.stack;
  return error;
}

/** A running JSON worker writing a document to an open file. */
export class JsonWorkerClient {
  private readonly worker = startWorker();
  private done = false;
  private failure: Error | null = null;
  private readonly exited: Promise<void>;

  /** Who hears the replies about a worksheet part, and the worker's failure or exit. */
  private listener: PartListener | null = null;

  constructor() {
    this.worker.on('message', (reply: JsonWorkerReply) => {
      if (reply.type === 'done') this.done = true;
      else if (reply.type === 'failed') this.fail(replyError(reply));
      else this.listener?.reply(reply);
    });
    this.worker.on('error', (error: Error) => this.fail(error));
    this.exited = new Promise((resolve) =>
      this.worker.once('exit', () => {
        this.listener?.stopped(this.failure ?? new Error("le fil d'écriture s'est arrêté"));
        resolve();
      }),
    );
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.listener?.stopped(this.failure);
  }

  /** Sets who hears the replies about worksheet parts (src/cli/json/rowsEncoderClient.ts). */
  listen(listener: PartListener): void {
    this.listener = listener;
    if (this.failure !== null) listener.stopped(this.failure);
  }

  /** Posts a request (ignored once the worker has failed). */
  post(request: JsonWorkerRequest): void {
    if (this.failure === null) this.worker.postMessage(request);
  }

  /** Ends the document and waits until the worker has written it and stopped; rejects if it failed. */
  async finish(): Promise<void> {
    this.post({ type: 'end' });
    await this.exited;
    if (this.failure !== null) throw this.failure;
    if (!this.done) throw new Error("l'écriture du JSON s'est arrêtée avant la fin");
  }

  /** Stops the worker at once (what it was writing is abandoned) and waits until it has stopped. */
  async stop(): Promise<void> {
    await this.worker.terminate();
    await this.exited;
  }
}
