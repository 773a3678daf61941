import { spawnSync } from 'node:child_process';

/**
 * cfn-lint's rules the packaged templates break and may: each is the framework's doing, not
 * the workshop's, with the reason it is harmless.
 */
export const IGNORED_RULES: Record<string, string> = {
  W3005:
    'osls writes a DependsOn (an HTTP API route on its integration) that a Ref already implies: redundant, not wrong, and not ours to change',
};

/** One thing cfn-lint found in a template. */
export interface CfnLintFinding {
  rule: string;
  level: string;
  file: string;
  line?: number;
  message: string;
}

/** "cfn-lint 1.51.0", or undefined when no cfn-lint is on the PATH. */
export function cfnLintVersion(): string | undefined {
  const run = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
  if (run.error !== undefined || run.status !== 0) return undefined;
  return run.stdout.trim();
}

/**
 * Lints every template in one cfn-lint process (its start-up, several seconds, dominates a
 * run), ignoring IGNORED_RULES. What it finds, from its JSON output; throws when it fails to run.
 */
export function cfnLint(templates: string[]): CfnLintFinding[] {
  const run = spawnSync(
    'cfn-lint',
    ['--format', 'json', '--ignore-checks', ...Object.keys(IGNORED_RULES), '--', ...templates],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.error !== undefined) throw run.error;
  let matches: CfnLintMatch[];
  try {
    matches = JSON.parse(run.stdout || '[]');
  } catch {
    throw new Error(
      `cfn-lint did not answer in JSON (exit ${run.status}):\n${run.stdout}${run.stderr}`,
    );
  }
  // cfn-lint's exit code is a bit mask of the levels it found; 1 means it failed to lint.
  if (run.status === 1 || (run.status !== 0 && matches.length === 0))
    throw new Error(`cfn-lint failed (exit ${run.status}):\n${run.stderr}`);
  return matches.map((match) => ({
    rule: match.Rule.Id,
    level: match.Level,
    file: match.Filename,
    line: match.Location?.Start?.LineNumber,
    message: match.Message,
  }));
}

/** The parts of an entry of `cfn-lint --format json` this reads. */
interface CfnLintMatch {
  Filename: string;
  Level: string;
  Message: string;
  Location?: { Start?: { LineNumber?: number } };
  Rule: { Id: string };
}
