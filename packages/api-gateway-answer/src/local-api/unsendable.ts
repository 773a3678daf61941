import { validateHeaderName, validateHeaderValue } from 'node:http';

/**
 * Why an answer cannot go on the wire as it is: a status Node refuses to write or a client
 * would wait past (1xx), a header
 * value with a line break or another control character, a name that is not an HTTP token.
 * Undefined when it can. Node refuses such an answer with a throw, which must never reach
 * the server (it stopped `serve`).
 */
export function whyUnsendable(
  statusCode: number,
  headers: Record<string, string>,
): string | undefined {
  if (!Number.isInteger(statusCode) || statusCode < 100 || statusCode > 999)
    return `the status ${statusCode} is not a three-digit HTTP status`;
  // A client reads a 1xx as an interim answer and waits for the real one, which never comes.
  if (statusCode < 200)
    return `the status ${statusCode} is informational: HTTP cannot end an answer with it`;
  for (const [name, value] of Object.entries(headers)) {
    try {
      validateHeaderName(name);
    } catch {
      return `the header name ${JSON.stringify(name)} is not a valid HTTP header name`;
    }
    try {
      validateHeaderValue(name, value);
    } catch {
      return `the value of the header ${name} (${JSON.stringify(value)}) holds a character HTTP cannot carry, such as a line break`;
    }
  }
  return undefined;
}
