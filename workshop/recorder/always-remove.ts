/** Something a run creates and must remove whatever happens: an AWS stack, or serverless-offline. */
export interface Stack<D> {
  /**
   * Creates it and resolves with what the run needs (its URL). Not interrupted by Ctrl+C: a
   * CloudFormation stack stopped half-way is harder to remove than one that is complete.
   */
  deploy: () => Promise<D>;
  /** Removes everything `deploy` created, also after a `deploy` that failed half-way. */
  remove: () => Promise<void>;
}

/** Where Ctrl+C and kill come from: `process`, or an EventEmitter in tests. */
export interface SignalSource {
  on(signal: NodeJS.Signals, listener: () => void): unknown;
  off(signal: NodeJS.Signals, listener: () => void): unknown;
}

export type StackOutcome<T> =
  | { outcome: 'done'; value: T }
  | { outcome: 'failed'; error: Error }
  | { outcome: 'interrupted'; signal: NodeJS.Signals };

/** How the run ended, and whether the stack is gone. */
export type StackRun<T> = StackOutcome<T> & {
  removal: { removed: true } | { removed: false; error: Error };
};

const HANDLED: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

/**
 * Deploys, runs `use`, and removes the stack on every path: success, a failure in deploy or
 * use, and SIGINT/SIGTERM (which abort `use` through its AbortSignal, let a deploy in progress
 * finish, then remove). Every signal is handled, not only the first: npm forwards the same
 * Ctrl+C again, and a second one must not end the process with the stack still there.
 */
export async function withStack<D, T>(
  stack: Stack<D>,
  use: (deployed: D, signal: AbortSignal) => Promise<T>,
  options: { signals?: SignalSource; log?: (line: string) => void } = {},
): Promise<StackRun<T>> {
  const signals = options.signals ?? process;
  const log = options.log ?? ((line: string) => console.error(line));
  const controller = new AbortController();
  let interrupted: NodeJS.Signals | undefined;
  let removing = false;
  const listeners = HANDLED.map((signal) => {
    const listener = () => {
      if (interrupted === undefined) {
        interrupted = signal;
        controller.abort(new Error(`Interrupted (${signal})`));
        log(`${signal}: stopping. The stack is removed before this exits.`);
      } else if (removing) {
        log('Still removing the stack; this exits when it is gone.');
      }
    };
    signals.on(signal, listener);
    return [signal, listener] as const;
  });

  try {
    let outcome: StackOutcome<T>;
    try {
      const deployed = await stack.deploy();
      if (interrupted !== undefined) outcome = { outcome: 'interrupted', signal: interrupted };
      else outcome = { outcome: 'done', value: await use(deployed, controller.signal) };
    } catch (error) {
      outcome =
        interrupted !== undefined
          ? { outcome: 'interrupted', signal: interrupted }
          : { outcome: 'failed', error: asError(error) };
    }
    removing = true;
    try {
      await stack.remove();
      return { ...outcome, removal: { removed: true } };
    } catch (error) {
      return { ...outcome, removal: { removed: false, error: asError(error) } };
    }
  } finally {
    for (const [signal, listener] of listeners) signals.off(signal, listener);
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
