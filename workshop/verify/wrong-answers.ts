// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${…} here is serverless.yml's variable syntax, quoted from the answers.
/** One edit to a step's reference answer: `find` (which must be in `file`) becomes `replace`. */
export interface AnswerEdit {
  slug: string;
  name: string;
  file: string;
  find: string;
  replace: string;
}

/**
 * Plausible wrong answers that StrykerJS cannot generate (`npm run mutation` makes the
 * others from the answers themselves: a flipped condition, an emptied string, a removed
 * call): a changed number, a changed type, a missing `await`, a value put in the wrong
 * place. Each is one edit to a step's reference answer that a learner might make. Wrong
 * configuration (serverless.yml) and rewrites of a whole shape are patches under
 * answers/NN-slug/wrong (wrong-patches.ts). `npm run verify` proves every one fails at
 * least one test of its step, and that each test named in `failures` fails with a message
 * that says what it names.
 * (Runtime checks: the tests run transpile-only, so `as never` lets a wrong shape through.)
 */
export interface WrongAnswer extends AnswerEdit {
  /** Full test name → a text its failure message must contain: the wording the learner reads. */
  failures?: Record<string, string>;
}

export const wrongAnswers: WrongAnswer[] = [
  {
    slug: '01-scaffold',
    name: 'a handler that returns a bare string',
    file: 'src/handler.ts',
    find: "return { statusCode: 200, body: '' };",
    replace: "return 'OK' as never;",
  },
  {
    slug: '01-scaffold',
    name: 'an untyped handler',
    file: 'src/handler.ts',
    find: '_event: APIGatewayProxyEvent,\n  _context: Context,',
    replace: '_event: any,\n  _context: any,',
  },

  {
    slug: '02-read-the-request',
    name: 'previews the raw string (still base64 when the request is)',
    file: 'src/handler.ts',
    find: 'const json = JSON.stringify(data);',
    replace: 'const json = event.body ?? "null";',
  },
  {
    slug: '02-read-the-request',
    name: 'logs an object, not a line of JSON',
    file: 'src/handler.ts',
    find: "    JSON.stringify({\n      message: 'Received request body',\n      bytes: Buffer.byteLength(json),\n      preview: json.slice(0, 100),\n    }),",
    replace:
      "    { message: 'Received request body', bytes: Buffer.byteLength(json), preview: json.slice(0, 100) },",
    failures: {
      'throwError logs the size of the request body and its first characters as one line of JSON':
        'Expected a console call (log, info, warn, error or debug) to print one line of JSON with "bytes":16,"preview":"{\\"blah\\":\\"blah1\\"}"',
    },
  },
  {
    slug: '02-read-the-request',
    name: 'logs the whole body',
    file: 'src/handler.ts',
    find: 'preview: json.slice(0, 100),',
    replace: 'preview: json,',
    failures: {
      'throwError logs a large body as its size and first 100 characters, never whole':
        'the whole body went to the log',
    },
  },

  {
    slug: '02-read-the-request',
    name: 'decodes base64 with atob (one character per byte: non-ASCII text garbled)',
    file: 'src/parse-body.ts',
    find: "Buffer.from(event.body, 'base64').toString('utf8')",
    replace: 'atob(event.body)',
    failures: {
      'parseBody decodes a base64-encoded body as UTF-8: non-ASCII text (Zoë, 日本語, 🎉) is read as sent':
        'decoded one byte per character',
    },
  },
  {
    slug: '02-read-the-request',
    name: "decodes base64 as 'latin1'",
    file: 'src/parse-body.ts',
    find: "Buffer.from(event.body, 'base64').toString('utf8')",
    replace: "Buffer.from(event.body, 'base64').toString('latin1')",
    failures: {
      'parseBody decodes a base64-encoded body as UTF-8: non-ASCII text (Zoë, 日本語, 🎉) is read as sent':
        'decoded one byte per character',
    },
  },
  {
    slug: '02-read-the-request',
    name: "decodes base64 as 'ascii'",
    file: 'src/parse-body.ts',
    find: "Buffer.from(event.body, 'base64').toString('utf8')",
    replace: "Buffer.from(event.body, 'base64').toString('ascii')",
    failures: {
      'parseBody decodes a base64-encoded body as UTF-8: non-ASCII text (Zoë, 日本語, 🎉) is read as sent':
        'decoded one byte per character',
    },
  },

  {
    slug: '03-return-400',
    name: 'the wrong status code',
    file: 'src/handler.ts',
    find: 'statusCode: 400',
    replace: 'statusCode: 200',
  },
  {
    slug: '03-return-400',
    name: 'a body that is not a string',
    file: 'src/handler.ts',
    find: "body: JSON.stringify({ message: 'Bad Request', requestId: context.awsRequestId })",
    replace: "body: { message: 'Bad Request', requestId: context.awsRequestId } as never",
    // That API Gateway answers 502 is only reported: the check of the documented output format fails.
    failures: {
      'the Lambda-proxy result of POST /throw returns the body as a string, with isBase64Encoded false':
        'body is object, not a string. AWS may answer 502 here — reported, not documented: body must be a string, got object — use JSON.stringify',
    },
  },
  {
    slug: '03-return-400',
    name: 'a status that is not a number',
    file: 'src/handler.ts',
    find: 'statusCode: 400',
    replace: "statusCode: 'Bad Request' as never",
    // A recorded 502: API Gateway's own 502 has a JSON body and Content-Type too, and the checks must not read them.
    failures: {
      'the Lambda-proxy result of POST /throw sends a JSON body and says so in Content-Type':
        "The client would never see the function's body or headers: API Gateway would answer 502",
    },
  },
  {
    slug: '03-return-400',
    name: 'a Content-Type that lies about a JSON body',
    file: 'src/handler.ts',
    find: "'Content-Type': 'application/json'",
    replace: "'Content-Type': 'text/plain'",
  },
  {
    slug: '03-return-400',
    name: "the seed blog's plain text under application/json",
    file: 'src/handler.ts',
    find: "body: JSON.stringify({ message: 'Bad Request', requestId: context.awsRequestId })",
    replace: "body: 'Bad Request'",
  },
  {
    slug: '03-return-400',
    name: 'no request id header',
    file: 'src/handler.ts',
    find: "'X-Request-Id': context.awsRequestId,",
    replace: '',
  },
  {
    slug: '03-return-400',
    name: "API Gateway's request id instead of Lambda's",
    file: 'src/handler.ts',
    find: "'X-Request-Id': context.awsRequestId,",
    replace: "'X-Request-Id': event.requestContext.requestId,",
  },
  {
    slug: '03-return-400',
    name: 'a handler that throws [400]',
    file: 'src/handler.ts',
    find: '  return {\n    statusCode: 400,',
    replace: "  throw new Error('[400] Bad Request');\n  return {\n    statusCode: 400,",
  },
  {
    slug: '03-return-400',
    name: 'isBase64Encoded as a string',
    file: 'src/handler.ts',
    find: 'isBase64Encoded: false',
    replace: "isBase64Encoded: 'false' as never",
  },

  {
    slug: '06-bad-input-never-502',
    name: 'JSON.parse outside try/catch',
    file: 'src/parse-body.ts',
    find: "  let value: unknown;\n  try {\n    value = JSON.parse(text);\n  } catch {\n    return { ok: false, statusCode: 400, message: 'The request body is not valid JSON.' };\n  }",
    replace: '  const value: unknown = JSON.parse(text);',
  },
  {
    slug: '06-bad-input-never-502',
    name: 'a 500 for a client mistake',
    file: 'src/parse-body.ts',
    find: "statusCode: 400, message: 'The request body is not valid JSON.'",
    replace: "statusCode: 500 as never, message: 'The request body is not valid JSON.'",
  },
  {
    slug: '06-bad-input-never-502',
    name: 'the handler ignores what parseBody says',
    file: 'src/handler.ts',
    find: '    return answer(parsed.statusCode, parsed.message, context.awsRequestId);',
    replace: "    return answer(400, 'Bad Request', context.awsRequestId);",
  },

  {
    slug: '06-bad-input-never-502',
    name: 'decodes base64 with atob (one character per byte: non-ASCII text garbled)',
    file: 'src/parse-body.ts',
    find: "Buffer.from(event.body, 'base64').toString('utf8')",
    replace: 'atob(event.body)',
    failures: {
      'parseBody reads a base64-encoded body as UTF-8, as in step 2: non-ASCII text (Zoë, 日本語, 🎉) arrives as sent':
        'decoded one byte per character',
    },
  },
  {
    slug: '06-bad-input-never-502',
    name: "decodes base64 as 'binary'",
    file: 'src/parse-body.ts',
    find: "Buffer.from(event.body, 'base64').toString('utf8')",
    replace: "Buffer.from(event.body, 'base64').toString('binary')",
    failures: {
      'parseBody reads a base64-encoded body as UTF-8, as in step 2: non-ASCII text (Zoë, 日本語, 🎉) arrives as sent':
        'decoded one byte per character',
    },
  },
  {
    slug: '06-bad-input-never-502',
    name: 'compares the media type in the case the client wrote it',
    file: 'src/parse-body.ts',
    find: '    .trim()\n    .toLowerCase();',
    replace: '    .trim();',
    failures: {
      'a request the function can read still gets the 400 of step 3 a media type in any case is the same type (RFC 9110 8.3.1): Application/JSON; charset=UTF-8 and others':
        'the media type was compared in the case the client wrote it',
    },
  },

  {
    slug: '07-one-error-mapping',
    name: 'leaks the message of an unexpected error',
    file: 'src/with-error-mapping.ts',
    find: 'return problemResponse(500, context.awsRequestId);',
    replace: 'return problemResponse(500, context.awsRequestId, String(error));',
  },
  {
    slug: '07-one-error-mapping',
    name: 'treats every Error as an HttpError',
    file: 'src/with-error-mapping.ts',
    find: 'if (error instanceof HttpError) {',
    replace:
      'if (error instanceof Error) {\n        const known = error as HttpError;\n        return problemResponse(known.statusCode ?? 400, context.awsRequestId, known.message);\n      }\n      if (error instanceof HttpError) {',
  },
  {
    slug: '07-one-error-mapping',
    name: 'forgets to log the unexpected error',
    file: 'src/with-error-mapping.ts',
    find: "      console.error(\n        JSON.stringify({\n          level: 'error',\n          message: 'Unhandled error',\n          error: { name, message, stack },\n        }),\n      );\n",
    replace: '      void [name, message, stack];\n',
    failures: {
      'withErrorMapping logs the whole unexpected error, message and stack, with console.error':
        'Expected console.error to print the whole error, message and stack: its message and its stack are missing',
    },
  },
  {
    slug: '07-one-error-mapping',
    name: "returns the handler's promise without await (catch never runs)",
    file: 'src/with-error-mapping.ts',
    find: 'return await handler(event, context);',
    replace: 'return handler(event, context);',
    failures: {
      'withErrorMapping turns an HttpError into its status, as application/problem+json (RFC 9457)':
        'does it call the handler inside `try` with `await`? `return handler(event, context)` without `await` hands back the promise before it rejects',
    },
  },
  {
    slug: '07-one-error-mapping',
    name: 'a handler left unwrapped',
    file: 'src/handler.ts',
    find: 'export const throwError = withErrorMapping(handle);',
    replace: 'export const throwError = handle;\nvoid withErrorMapping;',
    failures: {
      'throwError, with one error mapping answers a readable JSON body (this endpoint always refuses) with a problem+json 400 that says why':
        'The HttpError got out of throwError: export it wrapped, `withErrorMapping(handle)`',
    },
  },

  {
    slug: '07-one-error-mapping',
    name: 'takes any error with a statusCode for an HttpError (http-errors, the AWS SDK v2)',
    file: 'src/with-error-mapping.ts',
    find: '      if (error instanceof HttpError) {\n',
    replace:
      "      if (typeof error === 'object' && error !== null && 'statusCode' in error) {\n        const { statusCode, message } = error as { statusCode: number; message?: string };\n        return problemResponse(statusCode, context.awsRequestId, message);\n      }\n      if (error instanceof HttpError) {\n",
    failures: {
      'withErrorMapping, when an error only looks like an HttpError an http-errors error (status, statusCode, expose) is a 500 that says nothing else, logged with console.error':
        'it was taken for an HttpError',
      'withErrorMapping, when an error only looks like an HttpError an http-errors 500 (statusCode 500, expose false): the status is right, the message is not for the client is a 500 that says nothing else, logged with console.error':
        'it was taken for an HttpError',
      'withErrorMapping, when an error only looks like an HttpError an AWS SDK v2 error (statusCode, code) is a 500 that says nothing else, logged with console.error':
        'it was taken for an HttpError',
      'withErrorMapping, when an error only looks like an HttpError a plain object with a statusCode and a message (not an Error) is a 500 that says nothing else, logged with console.error':
        'it was taken for an HttpError',
    },
  },
  {
    slug: '07-one-error-mapping',
    name: 'takes any error with a numeric status for an HttpError (http-errors, an HTTP client)',
    file: 'src/with-error-mapping.ts',
    find: '      if (error instanceof HttpError) {\n',
    replace:
      "      const status = (error as { status?: unknown } | null)?.status;\n      if (typeof status === 'number')\n        return problemResponse(status, context.awsRequestId, (error as Error).message);\n      if (error instanceof HttpError) {\n",
    failures: {
      'withErrorMapping, when an error only looks like an HttpError an http-errors error (status, statusCode, expose) is a 500 that says nothing else, logged with console.error':
        'it was taken for an HttpError',
      "withErrorMapping, when an error only looks like an HttpError an HTTP client's error for the 503 of a service it called (status, response.status) is a 500 that says nothing else, logged with console.error":
        'it was taken for an HttpError',
    },
  },
  {
    slug: '07-one-error-mapping',
    name: "takes any error named 'HttpError' for one",
    file: 'src/with-error-mapping.ts',
    find: '      if (error instanceof HttpError) {\n',
    replace:
      "      if (error instanceof HttpError || (error as Error | null)?.name === 'HttpError') {\n",
    failures: {
      'withErrorMapping, when an error only looks like an HttpError an error of another class named HttpError (statusCode, detail) is a 500 that says nothing else, logged with console.error':
        'it was taken for an HttpError',
    },
  },

  {
    slug: '08-cors-on-errors',
    name: 'CORS inside the error mapping (errors lose it)',
    file: 'src/handler.ts',
    find: 'export const throwError = withCors(withErrorMapping(handle));',
    replace: 'export const throwError = withErrorMapping(withCors(handle));',
    failures: {
      'CORS headers on the answers of throwError, errors included the 400 for an allowed Origin carries Access-Control-Allow-Origin':
        'withCors must wrap the error mapping, or errors skip it',
    },
  },
  {
    slug: '08-cors-on-errors',
    name: 'Access-Control-Allow-Origin: * for everyone',
    file: 'src/with-cors.ts',
    find: "if (origin !== undefined && allowedOrigins().includes(origin)) {\n      headers['Access-Control-Allow-Origin'] = origin;",
    replace: "{\n      headers['Access-Control-Allow-Origin'] = '*';",
  },

  {
    slug: '08-cors-on-errors',
    name: 'X-Request-Id not exposed: a page cannot read the request id',
    file: 'src/with-cors.ts',
    find: "\n      headers['Access-Control-Expose-Headers'] = 'X-Request-Id';",
    replace: '',
  },
  {
    slug: '08-cors-on-errors',
    name: 'reads the Origin from event.headers without a guard (null headers throw)',
    file: 'src/with-cors.ts',
    find: 'Object.entries(event.headers ?? {})',
    replace: 'Object.entries(event.headers)',
    failures: {
      'CORS headers on the answers of throwError, errors included a request whose headers are null (API Gateway sends null when there are none) gets its answer, with Vary: Origin and no Access-Control-Allow-Origin':
        'withCors read the Origin from event.headers without a guard',
    },
  },
  {
    slug: '08-cors-on-errors',
    name: 'looks the Origin up in two spellings only',
    file: 'src/with-cors.ts',
    find: "    const origin = Object.entries(event.headers ?? {}).find(\n      ([name]) => name.toLowerCase() === 'origin',\n    )?.[1];",
    replace: '    const origin = event.headers?.Origin ?? event.headers?.origin;',
  },
  {
    slug: '08-cors-on-errors',
    name: "writes into the answer's own headers, which a handler may leave out",
    file: 'src/with-cors.ts',
    find: "    const headers: Record<string, string | number | boolean> = {\n      ...result.headers,\n      Vary: 'Origin',\n    };",
    replace:
      "    const headers = result.headers as Record<string, string | number | boolean>;\n    headers.Vary = 'Origin';",
    failures: {
      'CORS headers on the answers of throwError, errors included adds its headers to an answer that has none of its own':
        'withCors wrote into result.headers',
    },
  },

  {
    slug: '09-lambda-integration',
    name: 'an HttpError thrown without its status',
    file: 'src/with-lambda-errors.ts',
    find: 'throw new Error(`[${error.statusCode}] ${body}`);',
    replace: 'throw new Error(body);',
  },
  {
    slug: '09-lambda-integration',
    name: 'leaks the message of an unexpected error',
    file: 'src/with-lambda-errors.ts',
    find: 'throw new Error(`[500] ${problemResponse(500, context.awsRequestId).body}`);',
    replace: 'throw new Error(`[500] ${message}`);',
    failures: {
      'POST /throw-lambda when something goes wrong inside an unexpected error is a 500 whose body says only Internal Server Error and the request id':
        "The client would receive the error's own message",
    },
  },

  {
    slug: '09-lambda-integration',
    name: 'takes any error with a statusCode for an HttpError (http-errors, the AWS SDK v2)',
    file: 'src/with-lambda-errors.ts',
    find: '      if (error instanceof HttpError) {\n',
    replace:
      "      if (typeof error === 'object' && error !== null && 'statusCode' in error) {\n        const { statusCode, message } = error as { statusCode: number; message?: string };\n        throw new Error(\n          `[${statusCode}] ${problemResponse(statusCode, context.awsRequestId, message).body}`,\n        );\n      }\n      if (error instanceof HttpError) {\n",
    failures: {
      'POST /throw-lambda when something goes wrong inside an error that only looks like an HttpError, an http-errors error (status, statusCode, expose), is a 500 that says nothing else, logged with console.error':
        'it was taken for an HttpError',
      'POST /throw-lambda when something goes wrong inside an error that only looks like an HttpError, an http-errors 500 (statusCode 500, expose false): the status is right, the message is not for the client, is a 500 that says nothing else, logged with console.error':
        'it was taken for an HttpError',
      'POST /throw-lambda when something goes wrong inside an error that only looks like an HttpError, an AWS SDK v2 error (statusCode, code), is a 500 that says nothing else, logged with console.error':
        'it was taken for an HttpError',
      'POST /throw-lambda when something goes wrong inside an error that only looks like an HttpError, a plain object with a statusCode and a message (not an Error), is a 500 that says nothing else, logged with console.error':
        'it was taken for an HttpError',
    },
  },
  {
    slug: '09-lambda-integration',
    name: "takes any error named 'HttpError' for one",
    file: 'src/with-lambda-errors.ts',
    find: '      if (error instanceof HttpError) {\n',
    replace:
      "      if (error instanceof HttpError || (error as Error | null)?.name === 'HttpError') {\n",
    failures: {
      'POST /throw-lambda when something goes wrong inside an error that only looks like an HttpError, an error of another class named HttpError (statusCode, detail), is a 500 that says nothing else, logged with console.error':
        'it was taken for an HttpError',
    },
  },
  {
    slug: '09-lambda-integration',
    name: "drops an HttpError's extensions (the client no longer learns which fields to fix)",
    file: 'src/with-lambda-errors.ts',
    find: '          error.detail,\n          error.extensions,\n',
    replace: '          error.detail,\n',
    failures: {
      "withLambdaErrors, for an HttpError keeps its extensions in the client's body, as steps 7 and 10 do":
        'pass error.extensions to problemResponse too',
    },
  },

  {
    slug: '10-http-api',
    name: "an error answered as { error } without statusCode (an HTTP API's inferred 200)",
    file: 'src/with-http-api-errors.ts',
    find: '        return problemResponse(\n          error.statusCode,\n          context.awsRequestId,\n          error.detail,\n          error.extensions,\n        );',
    replace: "        return { error: 'Bad Request' } as never;",
    failures: {
      'POST /throw through an HTTP API (payload 2.0), as API Gateway on AWS answers it answers a JSON body with 400 Bad Request, not an inferred 200':
        'an HTTP API inferred a 200: the result has no statusCode',
    },
  },
  {
    slug: '10-http-api',
    name: 'throws "[400] …" as in step 9 (an HTTP API answers a throw with its own 500)',
    file: 'src/with-http-api-errors.ts',
    find: '      if (error instanceof HttpError) {\n',
    replace:
      '      if (error instanceof HttpError) {\n        throw new Error(`[${error.statusCode}] ${error.detail}`);\n',
    failures: {
      'POST /throw through an HTTP API (payload 2.0), as API Gateway on AWS answers it answers a JSON body with 400 Bad Request, not an inferred 200':
        'an HTTP API answers every failed invocation with 500',
    },
  },
  {
    slug: '10-http-api',
    name: 'keeps the payload 1.0 shape: the headers in multiValueHeaders',
    file: 'src/with-http-api-errors.ts',
    find: '        return problemResponse(\n          error.statusCode,\n          context.awsRequestId,\n          error.detail,\n          error.extensions,\n        );',
    replace:
      "        const { headers: _single, ...answer } = problemResponse(\n          error.statusCode,\n          context.awsRequestId,\n          error.detail,\n          error.extensions,\n        );\n        return {\n          ...answer,\n          multiValueHeaders: {\n            'Content-Type': ['application/problem+json'],\n            'X-Request-Id': [context.awsRequestId],\n          },\n        } as never;",
    failures: {
      'POST /throw through an HTTP API (payload 2.0), as API Gateway on AWS answers it names the Lambda request id in the X-Request-Id header':
        'Expected the client to receive the header X-Request-Id, but it would not',
    },
  },
  {
    slug: '10-http-api',
    name: 'leaks the message of an unexpected error',
    file: 'src/with-http-api-errors.ts',
    find: 'return problemResponse(500, context.awsRequestId);',
    replace: 'return problemResponse(500, context.awsRequestId, String(error));',
    failures: {
      'withHttpApiErrors when something goes wrong inside an unexpected error is a 500 problem+json that names the request and says nothing else':
        "the 500 tells the client the error's message",
    },
  },
  {
    slug: '10-http-api',
    name: 'rethrows an unexpected error (API Gateway answers its own 500)',
    file: 'src/with-http-api-errors.ts',
    find: 'return problemResponse(500, context.awsRequestId);',
    replace: 'throw error;',
    failures: {
      'withHttpApiErrors when something goes wrong inside an unexpected error is a 500 problem+json that names the request and says nothing else':
        "The client would receive 500, but API Gateway's own 500, not the function's answer",
    },
  },
  {
    slug: '10-http-api',
    name: "drops an HttpError's extensions (the client no longer learns which fields to fix)",
    file: 'src/with-http-api-errors.ts',
    find: '          error.detail,\n          error.extensions,\n',
    replace: '          error.detail,\n',
    failures: {
      "withHttpApiErrors maps every error as step 7 did keeps an HttpError's status, detail and extensions in the problem+json body":
        'pass error.extensions to problemResponse too',
    },
  },
  {
    slug: '10-http-api',
    name: 'takes any error with a statusCode for an HttpError (http-errors, the AWS SDK v2)',
    file: 'src/with-http-api-errors.ts',
    find: '      if (error instanceof HttpError) {\n',
    replace:
      "      if (typeof error === 'object' && error !== null && 'statusCode' in error) {\n        const { statusCode, message } = error as { statusCode: number; message?: string };\n        return problemResponse(statusCode, context.awsRequestId, message);\n      }\n      if (error instanceof HttpError) {\n",
    failures: {
      'withHttpApiErrors maps every error as step 7 did an error that only looks like an HttpError, an http-errors error (status, statusCode, expose), is a 500 that says nothing else, logged with console.error':
        'it was taken for an HttpError',
      'withHttpApiErrors maps every error as step 7 did an error that only looks like an HttpError, an http-errors 500 (statusCode 500, expose false): the status is right, the message is not for the client, is a 500 that says nothing else, logged with console.error':
        'it was taken for an HttpError',
      'withHttpApiErrors maps every error as step 7 did an error that only looks like an HttpError, an AWS SDK v2 error (statusCode, code), is a 500 that says nothing else, logged with console.error':
        'it was taken for an HttpError',
      'withHttpApiErrors maps every error as step 7 did an error that only looks like an HttpError, a plain object with a statusCode and a message (not an Error), is a 500 that says nothing else, logged with console.error':
        'it was taken for an HttpError',
    },
  },
  {
    slug: '10-http-api',
    name: 'takes any error with a numeric status for an HttpError (http-errors, an HTTP client)',
    file: 'src/with-http-api-errors.ts',
    find: '      if (error instanceof HttpError) {\n',
    replace:
      "      const status = (error as { status?: unknown } | null)?.status;\n      if (typeof status === 'number')\n        return problemResponse(status, context.awsRequestId, (error as Error).message);\n      if (error instanceof HttpError) {\n",
    failures: {
      'withHttpApiErrors maps every error as step 7 did an error that only looks like an HttpError, an http-errors error (status, statusCode, expose), is a 500 that says nothing else, logged with console.error':
        'it was taken for an HttpError',
      "withHttpApiErrors maps every error as step 7 did an error that only looks like an HttpError, an HTTP client's error for the 503 of a service it called (status, response.status), is a 500 that says nothing else, logged with console.error":
        'it was taken for an HttpError',
    },
  },
  {
    slug: '10-http-api',
    name: "takes any error named 'HttpError' for one",
    file: 'src/with-http-api-errors.ts',
    find: '      if (error instanceof HttpError) {\n',
    replace:
      "      if (error instanceof HttpError || (error as Error | null)?.name === 'HttpError') {\n",
    failures: {
      'withHttpApiErrors maps every error as step 7 did an error that only looks like an HttpError, an error of another class named HttpError (statusCode, detail), is a 500 that says nothing else, logged with console.error':
        'it was taken for an HttpError',
    },
  },
  // The serverless.yml ones are also answers/10-http-api/wrong/*.patch, for verify's patch runner.

  // serverless.yml only: also answers/11-function-url/wrong/*.patch, for verify's patch runner.
];
