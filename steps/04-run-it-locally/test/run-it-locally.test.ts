import path from 'node:path';
import { loadOnce, localApiFor, misplacedOptions, resolvedConfig } from '@workshop/testing';

const stepFolder = path.resolve(__dirname, '..');

describe('serverless.yml, as the framework reads it', () => {
  const config = loadOnce(() => resolvedConfig(stepFolder));

  it('uses the serverless-esbuild and serverless-offline plugins', () => {
    const { plugins } = config();
    const modules = Array.isArray(plugins) ? plugins : (plugins?.modules ?? []);
    expect(modules).toEqual(expect.arrayContaining(['serverless-esbuild', 'serverless-offline']));
  });

  it('makes the local API listen on port 3000', () => {
    expect(misplacedOptions(config(), 'custom.serverless-offline', ['httpPort'])).toBeUndefined();
    expect(config().custom?.['serverless-offline']).toMatchObject({ httpPort: 3000 });
  });
});

// Your step folder on the workshop's local API Gateway, which answers as AWS would, on a
// port of its own (a running `serve` does not get in the way), stopped after the last test.
describe('POST /throw on the local API, over real HTTP', () => {
  const api = localApiFor(stepFolder);

  const post = (body: string) =>
    fetch(`${api().baseUrl}/throw`, {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/json' },
    });

  it('answers 400 Bad Request', async () => {
    expect((await post('{"blah": "blah1"}')).status).toBe(400);
  });

  it('sends a JSON body with a JSON Content-Type', async () => {
    const response = await post('{"blah": "blah1"}');
    expect(response.headers.get('content-type')).toMatch(/^application\/json\b/);
    await expect(response.json()).resolves.toEqual(expect.any(Object));
  });

  it('names the same request id in the X-Request-Id header and in the body', async () => {
    const response = await post('{"blah": "blah1"}');
    const header = response.headers.get('x-request-id');
    expect(header).toMatch(/^[0-9a-f-]{36}$/);
    expect(((await response.json()) as { requestId?: string }).requestId).toBe(header);
  });

  it("prints the request body in the function's log output", async () => {
    await post('{"seen": "in the log"}');
    expect(api().output()).toContain('"preview":"{\\"seen\\":\\"in the log\\"}"');
  });
});
