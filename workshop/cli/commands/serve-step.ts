import { readdirSync } from 'node:fs';
import path from 'node:path';
import { type Step, stepFolder } from '../../curriculum/manifest';
import { refusedPort, serveBanner, untilStopped } from '../../serverless/serve-folder';
import { followSaves } from '../follow-saves';
import { dim, red } from '../output';
import { type Refresh, WarmServerlessOffline } from '../warm-serverless-offline';
import { watchFiles } from '../watch-files';

/** serverless-esbuild's lines about its own rebuilds: `serve` says it in one line of its own. */
const REBUILD_LINE =
  /^(Compiling to \S+ bundle with esbuild\.\.\.|Compiling with concurrency: \S+|Compiling completed\.|Watching files for changes\.\.\.)\n/gm;

/**
 * `serve N --offline`: the step's service on serverless-offline until Ctrl+C, following the
 * learner's saves. The framework runs a step in a build copy (see frameworkFolder), so each
 * save is copied there and rebuilt, as WarmServerlessOffline does; a change to
 * serverless.yml (anything outside src/) restarts the server, on the same port.
 */
export async function serveStep(step: Step, port: number): Promise<number> {
  if (await refusedPort(port)) return 1;
  const folder = stepFolder(step);
  const where = `steps/${step.slug}`;
  console.log(
    `Starting step ${step.number} (${where}) on a local API Gateway (serverless-offline)…`,
  );
  const warm = new WarmServerlessOffline(step, {
    httpPort: port,
    onOutput: (text) => process.stdout.write(text.replace(REBUILD_LINE, '')),
    onRestart: () =>
      console.log(
        '\nserverless.yml (or another file outside src/) changed: restarting serverless-offline, which reads it only when it starts…',
      ),
  });
  const first = await warm.refresh();
  if (first.outcome !== 'started') {
    console.error(red(whyNotServed(first, where, 'exit')));
    await warm.dispose();
    return 1;
  }

  const saves = followSaves(async () => {
    const refreshed = await warm.refresh();
    const said = afterSave(refreshed, where);
    if (said !== undefined) console.log(said);
    // No rebuild seen: the server was stopped; start a new one rather than serve nothing.
    return refreshed.outcome === 'no rebuild seen';
  });
  const stopWatching = watchFiles(servedFiles(step, folder), saves.onSave, (reason) =>
    console.log(dim(`Saves are now noticed by polling the files, since ${reason}.`)),
  );
  // Ctrl+C is taken before "Ctrl+C stops" is said (a write to a pipe is synchronous).
  const stopped = untilStopped(async () => {
    stopWatching();
    await saves.idle();
    await warm.dispose();
  });
  console.log(
    serveBanner(
      first.api,
      `Your handler's log lines appear below. Saves in ${where} are rebuilt into serverless-offline: a line says when the next request runs them (a change to serverless.yml restarts it). Ctrl+C stops.`,
    ),
  );
  return stopped;
}

/** The learner files, and every file of src/ (a step's own code the learner may change too). */
function servedFiles(step: Step, folder: string): string[] {
  const source = path.join(folder, 'src');
  const inSource = readdirSync(source, { recursive: true, encoding: 'utf8' }).map((name) =>
    path.join(source, name),
  );
  return [...new Set([...step.learnerFiles.map((file) => path.join(folder, file)), ...inSource])];
}

/** What the learner is told after a save, or undefined when nothing changed. */
export function afterSave(refreshed: Refresh, where: string): string | undefined {
  switch (refreshed.outcome) {
    case 'unchanged':
      return undefined;
    case 'rebuilt':
      return dim('↻ Rebuilt with your saved code: the next request runs it.');
    case 'started':
      return serveBanner(refreshed.api, 'Restarted: the next request runs your saved files.');
    case 'bundle error':
      return red(
        'Your code does not build (see above): serverless-offline still runs the last code that built. Save a fix.',
      );
    case 'no rebuild seen':
      return 'No rebuild was seen after your save: restarting serverless-offline…';
    default:
      return red(whyNotServed(refreshed, where, 'watch'));
  }
}

/** `then`: what serve does next, exit (it never started) or watch for a fix. */
function whyNotServed(refreshed: Refresh, where: string, then: 'exit' | 'watch'): string {
  const next = then === 'watch' ? '\nSave a fix to try again.' : '';
  if (refreshed.outcome === 'failed')
    return `serverless-offline did not start: ${refreshed.error.message}${next}`;
  return `${where}/serverless.yml does not use serverless-offline: nothing to serve until it does.${next}`;
}
