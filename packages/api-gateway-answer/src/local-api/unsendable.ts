import { validateHeaderName, validateHeaderValue } from 'node:http';

/**
 * Why an answer cannot go on the wire as it is: a status Node refuses to write, a client
 * would wait past (1xx) or HTTP does not define (600 and above), a header
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
  // Node writes 600 to 999, but no client need read them: RFC 9110 (section 15) puts every valid
  // status in 100 to 599, and no AWS page says what a gateway sends for one above.
  if (statusCode > 599)
    return `the status ${statusCode} is outside 100 to 599, the range of valid HTTP statuses (RFC 9110)`;
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
