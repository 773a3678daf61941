import { EventEmitter } from 'node:events';
import { type Stack, withStack } from './always-remove';

/** A stack that records what was done to it, in order. */
function fakeStack(
  options: { deployFails?: boolean; removeFails?: boolean; onDeploy?: () => void } = {},
) {
  const calls: string[] = [];
  const stack: Stack<string> = {
    deploy: async () => {
      calls.push('deploy');
      options.onDeploy?.();
      if (options.deployFails) throw new Error('CREATE_FAILED');
      return 'https://probe.example/record';
    },
    remove: async () => {
      calls.push('remove');
      if (options.removeFails) throw new Error('DELETE_FAILED');
    },
  };
  return { stack, calls };
}

const quiet = { log: () => undefined };

describe('withStack removes the stack on every path', () => {
  it('after a run that succeeds, and hands the run what deploy made', async () => {
    const { stack, calls } = fakeStack();
    const signals = new EventEmitter();
    const run = await withStack(stack, async (url) => `used ${url}`, { signals, ...quiet });
    expect(run).toEqual({
      outcome: 'done',
      value: 'used https://probe.example/record',
      removal: { removed: true },
    });
    expect(calls).toEqual(['deploy', 'remove']);
    expect(signals.listenerCount('SIGINT') + signals.listenerCount('SIGTERM')).toBe(0);
  });

  it('after a run that fails', async () => {
    const { stack, calls } = fakeStack();
    const run = await withStack(
      stack,
      async () => {
        throw new Error('fetch failed');
      },
      { signals: new EventEmitter(), ...quiet },
    );
    expect(run).toMatchObject({
      outcome: 'failed',
      error: { message: 'fetch failed' },
      removal: { removed: true },
    });
    expect(calls).toEqual(['deploy', 'remove']);
  });

  it('after a deploy that fails half-way, without running', async () => {
    const { stack, calls } = fakeStack({ deployFails: true });
    const use = jest.fn();
    const run = await withStack(stack, use, { signals: new EventEmitter(), ...quiet });
    expect(run).toMatchObject({
      outcome: 'failed',
      error: { message: 'CREATE_FAILED' },
      removal: { removed: true },
    });
    expect(use).not.toHaveBeenCalled();
    expect(calls).toEqual(['deploy', 'remove']);
  });

  it.each(['SIGINT', 'SIGTERM'] as const)(
    'on %s during the run: the run is aborted, then the stack removed once',
    async (name) => {
      const { stack, calls } = fakeStack();
      const signals = new EventEmitter();
      const run = await withStack(
        stack,
        (_url, abort) =>
          new Promise((_resolve, reject) => {
            abort.addEventListener('abort', () => reject(abort.reason));
            signals.emit(name);
            signals.emit(name); // npm forwards the same Ctrl+C again
          }),
        { signals, ...quiet },
      );
      expect(run).toEqual({ outcome: 'interrupted', signal: name, removal: { removed: true } });
      expect(calls).toEqual(['deploy', 'remove']);
    },
  );

  it('on Ctrl+C during the deploy: the deploy finishes, nothing runs, the stack is removed', async () => {
    const signals = new EventEmitter();
    const { stack, calls } = fakeStack({ onDeploy: () => signals.emit('SIGINT') });
    const use = jest.fn();
    const run = await withStack(stack, use, { signals, ...quiet });
    expect(run).toEqual({ outcome: 'interrupted', signal: 'SIGINT', removal: { removed: true } });
    expect(use).not.toHaveBeenCalled();
    expect(calls).toEqual(['deploy', 'remove']);
  });

  it('reports a removal that failed, so the caller can say how to remove it by hand', async () => {
    const { stack } = fakeStack({ removeFails: true });
    const run = await withStack(stack, async () => 'ok', { signals: new EventEmitter(), ...quiet });
    expect(run).toMatchObject({
      outcome: 'done',
      removal: { removed: false, error: { message: 'DELETE_FAILED' } },
    });
  });

  it('says what it does when interrupted', async () => {
    const { stack } = fakeStack();
    const signals = new EventEmitter();
    const lines: string[] = [];
    await withStack(stack, async () => void signals.emit('SIGINT'), {
      signals,
      log: (line) => lines.push(line),
    });
    expect(lines).toEqual(['SIGINT: stopping. The stack is removed before this exits.']);
  });
});
