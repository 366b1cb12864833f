import express, { type RequestHandler } from 'express';

/**
 * express.json() with a short path for what nearly every request is: `content-type:
 * application/json`, a content-length within the limit, no content-encoding. Such a body is
 * read and parsed here directly; body-parser's general path (type-is, content-type and
 * charset parsing, raw-body's stream and decoder set-up) was ~3 % of the gateway's and of a
 * subgraph's CPU per use. It lives here because the gateway and every subgraph share this
 * package's Express layer (the http metrics middleware runs just before it).
 * Anything else (another type or charset, chunked, compressed, too large, empty) goes to
 * express.json() itself, so its answers (413, 415, 400) stay exactly as they were.
 */
export function jsonBody(limitBytes: number): RequestHandler {
  const general = express.json({ limit: limitBytes });
  return (req, res, next) => {
    const type = req.headers['content-type'];
    const length = req.headers['content-length'];
    const bytes = length === undefined ? NaN : Number(length);
    if (
      (type !== 'application/json' && type !== 'application/json; charset=utf-8') ||
      !(bytes > 0 && bytes <= limitBytes) ||
      req.headers['content-encoding'] !== undefined ||
      req.headers['transfer-encoding'] !== undefined ||
      req.readableEnded
    ) {
      general(req, res, next);
      return;
    }
    const chunks: Buffer[] = [];
    let received = 0;
    let done = false;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      req.off('data', onData).off('end', onEnd).off('error', onError).off('aborted', onAborted);
      next(error);
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      received += chunk.length;
    };
    const onError = (error: Error) => finish(httpError(400, error.message, 'request.aborted'));
    const onAborted = () => finish(httpError(400, 'request aborted', 'request.aborted'));
    const onEnd = () => {
      if (received !== bytes) return finish(httpError(400, 'request size did not match content length', 'request.size.invalid'));
      const text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, received)).toString('utf8');
      try {
        // body-parser's strict mode: only an object or an array at the top.
        const first = firstNonSpace(text);
        if (first !== '{' && first !== '[') throw new SyntaxError(`Unexpected token '${first}', not an object or array`);
        req.body = JSON.parse(text);
      } catch (error) {
        return finish(Object.assign(httpError(400, (error as Error).message, 'entity.parse.failed'), { body: text }));
      }
      (req as { _body?: boolean })._body = true;
      finish();
    };
    req.on('data', onData).on('end', onEnd).on('error', onError).on('aborted', onAborted);
  };
}

/** The first character that is not JSON white space, without copying the text (as trimStart would). */
function firstNonSpace(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char !== ' ' && char !== '\t' && char !== '\n' && char !== '\r') return char;
  }
  return '';
}

/** An error as body-parser (http-errors) makes it: Express answers with its status. */
function httpError(status: number, message: string, type: string): Error {
  return Object.assign(status === 400 && type === 'entity.parse.failed' ? new SyntaxError(message) : new Error(message), {
    status,
    statusCode: status,
    expose: true,
    type,
  });
}
