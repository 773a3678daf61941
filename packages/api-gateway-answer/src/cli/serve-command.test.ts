import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseServeArguments, readService } from './serve-command';

describe('serve arguments', () => {
  it('reads the flags, with the defaults for the others', () => {
    expect(parseServeArguments(['--template', 't.json', '--port', '0'])).toEqual({
      template: 't.json',
      code: '.',
      port: 0,
      host: '127.0.0.1',
    });
  });

  it.each([
    [[], '--template is required'],
    [['--template'], '--template needs a value'],
    [['--template', 't.json', '--watch', 'x'], 'unknown argument "--watch"'],
    [
      ['--template', 't.json', '--port', '70000'],
      '--port must be a whole number from 0 to 65535, got 70000',
    ],
  ])('refuses %j: %s', (args, problem) => {
    expect(parseServeArguments(args)).toEqual({ problem });
  });
});

describe('the template serve reads', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'serve-template-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const written = (name: string, text: string) => {
    const file = path.join(folder, name);
    writeFileSync(file, text);
    return file;
  };

  it('refuses SAM before its transform, and says how to get the processed template', () => {
    const file = written(
      'sam.json',
      JSON.stringify({ Resources: { Fn: { Type: 'AWS::Serverless::Function', Properties: {} } } }),
    );
    expect(() => readService(file)).toThrow(/--template-stage Processed/);
  });

  it('refuses a WebSocket API, which it does not model', () => {
    const file = written(
      'ws.json',
      JSON.stringify({
        Resources: {
          Ws: { Type: 'AWS::ApiGatewayV2::Api', Properties: { ProtocolType: 'WEBSOCKET' } },
        },
      }),
    );
    expect(() => readService(file)).toThrow(/holds a WebSocket API \(Ws\)/);
  });

  it('refuses YAML, and a template without Resources', () => {
    expect(() => readService(written('t.yaml', 'Resources: {}'))).toThrow(/is not JSON/);
    expect(() => readService(written('empty.json', '{}'))).toThrow(/has no Resources/);
    expect(() => readService(path.join(folder, 'missing.json'))).toThrow(/does not exist/);
  });
});
