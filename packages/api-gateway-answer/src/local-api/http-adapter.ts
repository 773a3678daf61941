import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { BODY_LIMIT, type DoorContext, gatewayError } from './gateway-errors';
import { BundleError } from './loaded-functions';
import { type IncomingRequest, newRequestIds, type RequestIds } from './request-events';
import { whyUnsendable } from './unsendable';
import { consoleLine, type WireAnswer } from './wire-answer';

/** What a server needs of a door: which door a path reaches, and its answer to a whole request. */
export interface DoorOnTheWire {
  /** The door that answers `path`, with what its own errors need: its body limit and its gateway responses follow. */
  contextOf(path: string, ids: RequestIds): DoorContext;
  answer(request: IncomingRequest, ids: RequestIds): Promise<WireAnswer>;
}

/**
 * A node:http server on `port` (0: a free one, read back after binding) that answers with
 * `door`, and says one line for each answer. Nothing a client or a function does stops it: an
 * aborted request, a body over the limit, malformed HTTP, a header HTTP cannot carry, a fault
 * of the workshop's own each get a line, and an answer where one can still be sent.
 */
export function listenOn(
  port: number,
  host: string,
  door: DoorOnTheWire,
  say: (line: string) => void,
): Promise<{ server: Server; port: number }> {
  const server = createServer((incoming, outgoing) => {
    void handle(incoming, outgoing, door, say);
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) =>
    refuseMalformed(error, socket, say),
  );
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve({ server, port: (server.address() as AddressInfo).port });
    });
  });
}

/** The request's body, or why there is none: over the door's limit, or the client went away. */
type BodyRead =
  | { kind: 'body'; body: Buffer }
  | { kind: 'too large'; size: string }
  | { kind: 'aborted'; received: number };

/**
 * The body of a request past its door's limit is still read, and dropped, up to this many
 * times the limit: a client gets the 413 once it has sent its body (one that is still writing
 * when the connection closes sees a broken pipe, not the answer), and one that sends without
 * end is answered and cut off.
 */
const DRAINED_TIMES_THE_LIMIT = 4;

function readBody(incoming: IncomingMessage, limit: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    const declared = Number(incoming.headers['content-length']);
    if (declared > limit * DRAINED_TIMES_THE_LIMIT) {
      resolve({ kind: 'too large', size: `${declared} bytes (its Content-Length)` });
      return;
    }
    const chunks: Buffer[] = [];
    let received = 0;
    const tooLarge = (): BodyRead => ({
      kind: 'too large',
      size: declared > limit ? `${declared} bytes (its Content-Length)` : `over ${limit} bytes`,
    });
    incoming.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received <= limit) chunks.push(chunk);
      else if (received > limit * DRAINED_TIMES_THE_LIMIT) resolve(tooLarge());
    });
    incoming.on('end', () =>
      resolve(received > limit ? tooLarge() : { kind: 'body', body: Buffer.concat(chunks) }),
    );
    incoming.on('error', () => resolve({ kind: 'aborted', received }));
    incoming.on('close', () => {
      if (!incoming.complete) resolve({ kind: 'aborted', received });
    });
  });
}

async function handle(
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  door: DoorOnTheWire,
  say: (line: string) => void,
): Promise<void> {
  // A client that leaves while it is answered: nothing to do, nobody to tell.
  outgoing.on('error', () => {});
  const method = (incoming.method ?? 'GET').toUpperCase();
  const url = requestTarget(incoming.url ?? '/');
  const ids = newRequestIds();
  const context = door.contextOf(url.pathname, ids);
  const read = await readBody(incoming, BODY_LIMIT[context.door]);
  if (read.kind === 'aborted') {
    say(
      `${method} ${url.pathname} → no answer — the client closed the connection before its body ended (${read.received} bytes came${incoming.headers['content-length'] ? ` of the ${incoming.headers['content-length']} announced` : ''}): the function never runs, and the local API serves on`,
    );
    return;
  }
  const headers: Array<[string, string]> = [];
  for (let index = 0; index < incoming.rawHeaders.length; index += 2)
    headers.push([incoming.rawHeaders[index], incoming.rawHeaders[index + 1]]);
  const request: IncomingRequest = {
    method,
    path: url.pathname,
    rawQuery: url.search.replace(/^\?/, ''),
    headers,
    body: read.kind === 'body' ? read.body : Buffer.alloc(0),
    sourceIp: (incoming.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, ''),
  };
  if (read.kind === 'too large') {
    // The rest of the body is never read: the connection closes after the answer.
    outgoing.shouldKeepAlive = false;
    const wire = gatewayError(
      'request too large',
      `the request body is ${read.size}, over the ${context.door}'s limit of ${BODY_LIMIT[context.door]} bytes: it answers 413 itself, the function never runs`,
      context,
    );
    say(write(outgoing, wire, request));
    return;
  }
  say(write(outgoing, await answerRequest(door, request, ids), request));
}

/**
 * The door's answer to a whole request, as it can go on the wire: a throw of the workshop's
 * own becomes a 500 that says so, and an answer HTTP cannot carry the door's own error.
 */
export async function answerRequest(
  door: DoorOnTheWire,
  request: IncomingRequest,
  ids: RequestIds,
): Promise<WireAnswer> {
  let wire: WireAnswer;
  try {
    wire = await door.answer(request, ids);
  } catch (error) {
    wire = workshopFault(error);
  }
  return sendable(wire, door.contextOf(request.path, ids));
}

/** The path and query of a request target, also of one no URL parser reads (`//[`). */
function requestTarget(raw: string): URL {
  try {
    return new URL(raw, 'http://localhost');
  } catch {
    return new URL(`http://localhost/${encodeURIComponent(raw)}`);
  }
}

/**
 * The answer as it can go on the wire: one HTTP cannot carry becomes the door's own error,
 * which says why. What AWS sends then is not known (evidence.headerNotSendable): the door
 * answers as for a malformed result rather than send a broken response.
 */
export function sendable(wire: WireAnswer, context: DoorContext): WireAnswer {
  const problem = whyUnsendable(wire.statusCode, wireHeaders(wire));
  if (problem === undefined) return wire;
  return gatewayError(
    'unsendable',
    `${problem}: HTTP cannot carry it, so the local API answers as for a malformed result`,
    context,
    'what AWS sends for a header HTTP cannot carry',
  );
}

/** Writes the answer and returns its console line. */
function write(outgoing: ServerResponse, wire: WireAnswer, request: IncomingRequest): string {
  try {
    for (const [name, value] of Object.entries(wireHeaders(wire))) outgoing.setHeader(name, value);
    outgoing.statusCode = wire.statusCode;
    outgoing.end(wire.body);
  } catch (error) {
    // whyUnsendable lets through nothing Node refuses: a fault of the workshop's own.
    outgoing.destroy();
    return lineFor(request, workshopFault(error));
  }
  return lineFor(request, wire);
}

/** The console's line for the answer to `request`, with what a browser that sent it makes of it. */
export function lineFor(request: IncomingRequest, wire: WireAnswer): string {
  const origin = request.headers.find(([name]) => name.toLowerCase() === 'origin')?.[1];
  const preflight =
    request.method === 'OPTIONS' &&
    request.headers.some(([name]) => name.toLowerCase() === 'access-control-request-method');
  return consoleLine(request.method, request.path, wire, origin, preflight);
}

/** The headers Node writes itself (length, framing) are left to it. */
function wireHeaders(wire: WireAnswer): Record<string, string> {
  return Object.fromEntries(
    Object.entries(wire.headers).filter(
      ([name]) =>
        name !== 'content-length' && name !== 'connection' && name !== 'transfer-encoding',
    ),
  );
}

/** A fault of the workshop's own, never the learner's code (the model catches theirs). */
export function workshopFault(error: unknown): WireAnswer {
  const message = error instanceof Error ? error.message : String(error);
  return {
    statusCode: 500,
    headers: { 'content-type': 'application/json' },
    body: Buffer.from(JSON.stringify({ message: `The workshop's local API failed: ${message}` })),
    why: `the workshop's local API failed: ${error instanceof BundleError || !(error instanceof Error) ? message : error.stack}`,
    notModelled: 'this request: a bug of the workshop, please report it',
  };
}

/**
 * A request that is not HTTP Node can read (a broken request line, a header without a colon,
 * a body framed two ways): 400 with a body that says so, and a line. What AWS's edge answers
 * to such bytes is not modelled. A client that reset its connection gets nothing: it is gone.
 */
function refuseMalformed(
  error: NodeJS.ErrnoException,
  socket: Socket,
  say: (line: string) => void,
): void {
  // The connection ending mid-request (HPE_INVALID_EOF_STATE) is a client that went away, which
  // the request's own line already says: not malformed HTTP, and no one is left to answer.
  if (error.code === 'ECONNRESET' || error.code === 'HPE_INVALID_EOF_STATE' || !socket.writable) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify({
    message: `The workshop's local API cannot read this request as HTTP (${error.code ?? error.message}).`,
  });
  say(
    `(unreadable request) → 400 ${body} — the request is not valid HTTP (${error.code ?? error.message}): the local API refuses it — not modelled: what AWS's edge answers to malformed HTTP`,
  );
  socket.end(
    `HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
