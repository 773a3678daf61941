import { findCase, probeError } from '../cases';

/**
 * The probe: answers the case the request names (`?case=<id>`) by returning that case's
 * result or throwing its error, on every route of ./serverless.yml. The proxy integration
 * puts the query in `queryStringParameters`; the framework's request template for the
 * Lambda integration puts it in `query`.
 */
interface ProbeEvent {
  queryStringParameters?: Record<string, string> | null;
  query?: Record<string, string>;
}

export const probe = async (event: ProbeEvent): Promise<unknown> => {
  const id = event.queryStringParameters?.case ?? event.query?.case;
  const probeCase = findCase(id);
  if (probeCase === undefined)
    return {
      statusCode: 404,
      body: JSON.stringify({ message: `The probe has no case ${JSON.stringify(id)}.` }),
    };
  const { lambda } = probeCase;
  if ('error' in lambda) {
    const document = probeError(lambda.error);
    const error = new Error(document.errorMessage);
    error.name = document.errorType;
    error.stack = document.trace.join('\n');
    throw error;
  }
  // A refused invocation never reaches the function; if it does, the answer says so.
  if ('refused' in lambda)
    return {
      statusCode: 200,
      body: JSON.stringify({ message: 'The probe ran: Lambda did not refuse the invocation.' }),
    };
  return lambda.result;
};
