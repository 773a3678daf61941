import { STATUS_CODES } from 'node:http';

/**
 * A failure the service knows how to name: the HTTP status to answer, and a `detail` the
 * client may read (say what to fix, never how the service works inside). Throw it from
 * anywhere in a handler wrapped in withErrorMapping.
 */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly detail: string,
    /** More members for the response body, e.g. `{ errors: [{ field: 'name', problem: 'missing' }] }`. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'HttpError';
  }
}

/** The standard reason phrase of a status: 404 → "Not Found". */
export const reasonPhrase = (statusCode: number): string => STATUS_CODES[statusCode] ?? 'Error';
