/**
 * The JSON worker: writes the `--json` document to the file descriptor it is given, from
 * the batches the main thread posts (src/cli/json/jsonWorkerMessages.ts). Text, escaping,
 * UTF-8 encoding and writing happen on this thread, while the main thread generates the
 * workbook. It also renders the rows of the large worksheet parts the main thread
 * offloads (src/cli/json/partRendering.ts). Replies `done` once everything is written,
 * or `failed`, then stops.
 */
import { parentPort } from 'node:worker_threads';
import { JsonDocumentText } from './jsonDocumentText';
import type { JsonWorkerReply, JsonWorkerRequest } from './jsonWorkerMessages';
import { PartRendering } from './partRendering';
import { TextRing } from './textRing';
import { Utf8FileWriter } from './utf8FileWriter';
import { writeRowBatch } from './writeRowBatch';

/** The document being written. */
interface Writing {
  readonly file: Utf8FileWriter;
  readonly text: JsonDocumentText;
  readonly ring: TextRing;
}

function started(
  request: Extract<JsonWorkerRequest, { type: 'start' }>,
  previous: Writing | null,
): Writing {
  const file = previous?.file ?? new Utf8FileWriter(request.fd);
  if (previous !== null) file.restart();
  const ring = previous?.ring ?? new TextRing(request.ring);
  return { file, text: new JsonDocumentText(request.keys, file.write, file.writeAround), ring };
}

function handle(request: JsonWorkerRequest, writing: Writing | null): Writing | null {
  if (request.type === 'start') return started(request, writing);
  if (writing === null) throw new Error('document JSON non commencé');
  if (request.type === 'rows') writeRowBatch(writing.text, request, writing.ring);
  else if (request.type === 'value') writing.text.valueText(request.k, request.text);
  else {
    writing.text.end();
    writing.file.write('\n');
    writing.file.flush();
  }
  return writing;
}

/** Handles a request about a worksheet part; whether it was one. */
function handlePart(
  request: JsonWorkerRequest,
  rendering: { part: PartRendering | null },
  reply: (message: JsonWorkerReply) => void,
  writing: Writing | null,
): boolean {
  if (request.type === 'partBegin')
    rendering.part = new PartRendering(request, reply, writing?.text ?? null);
  else if (request.type === 'partPiece') partOf(rendering).text(request.text);
  else if (request.type === 'partRows') partOf(rendering).rows(request);
  else if (request.type === 'partEnd') {
    partOf(rendering).end();
    rendering.part = null;
  } else return false;
  return true;
}

function partOf(rendering: { part: PartRendering | null }): PartRendering {
  if (rendering.part === null) throw new Error('partie de feuille non commencée');
  return rendering.part;
}

const port = parentPort;
if (port !== null) {
  let writing: Writing | null = null;
  const rendering: { part: PartRendering | null } = { part: null };
  const reply = (message: JsonWorkerReply): void => port.postMessage(message);
  port.on('message', (request: JsonWorkerRequest) => {
    try {
      if (handlePart(request, rendering, reply, writing)) return;
      writing = handle(request, writing);
      if (request.type === 'end') {
        port.postMessage({ type: 'done' } satisfies JsonWorkerReply);
        port.close();
      }
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      port.postMessage({
        type: 'failed',
        message: e instanceof Error ? e.message : String(error),
        code: typeof e?.code === 'string' ? e.code : undefined,
        stack: e instanceof Error ? e.stack : undefined,
      } satisfies JsonWorkerReply);
      port.close();
    }
  });
}
