/**
 * Keeps a `serve` process serving when code runs on after its invocation and fails there: a
 * promise rejected after the handler answered, a throw in a timer. Node's default would end
 * the process, and every later request would get "connection refused". Each gets a line
 * instead. On Lambda such an error ends the runtime (Runtime.UnhandledPromiseRejection, or the
 * process exits), which fails the invocation running then, or the next one.
 * Returns the function that removes the handlers.
 */
export function keepServingThroughStrayErrors(say: (line: string) => void): () => void {
  const onRejection = (reason: unknown) =>
    say(strayLine('a promise rejected that nothing awaited (an unhandled rejection)', reason));
  const onException = (error: unknown) =>
    say(strayLine('an error was thrown outside any invocation (in a timer or a callback)', error));
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  };
}

export function strayLine(what: string, error: unknown): string {
  const described = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `⚠ ${what}: ${described}. On Lambda this ends the runtime and fails the invocation running then or the next one; the local API serves on.`;
}
