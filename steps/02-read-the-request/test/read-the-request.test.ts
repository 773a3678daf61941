import { invokeThroughApiGateway } from '@workshop/api-gateway/invoke-through-api-gateway';
import { restEvents } from '@workshop/fixtures/rest-events';
import { throwError } from '../src/handler';
import { parseBody } from '../src/parse-body';

describe('parseBody', () => {
  it('parses the JSON body, which API Gateway passes as a string', () => {
    expect(parseBody(restEvents.jsonBody())).toEqual({ blah: 'blah1' });
  });

  it('decodes a base64-encoded body before parsing it', () => {
    expect(parseBody(restEvents.base64Body())).toEqual({ blah: 'blah1' });
  });

  it('returns null when the request has no body', () => {
    expect(parseBody(restEvents.noBody())).toBeNull();
  });
});

describe('throwError', () => {
  let lines: string[];
  beforeEach(() => {
    lines = [];
    jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' ')));
  });
  afterEach(() => jest.restoreAllMocks());

  const loggedJson = () =>
    lines.flatMap((line) => {
      try {
        return [JSON.parse(line) as unknown];
      } catch {
        return [];
      }
    });

  it('logs the request body as one line of JSON, under "body"', async () => {
    await throwError(restEvents.jsonBody(), {} as never);
    expect(loggedJson()).toContainEqual(expect.objectContaining({ body: { blah: 'blah1' } }));
  });

  it('logs the decoded body of a base64-encoded request', async () => {
    await throwError(restEvents.base64Body(), {} as never);
    expect(loggedJson()).toContainEqual(expect.objectContaining({ body: { blah: 'blah1' } }));
  });

  it('still answers with a result API Gateway accepts', async () => {
    const answer = await invokeThroughApiGateway(throwError, restEvents.jsonBody());
    expect(answer.problem).toBeUndefined();
  });
});
