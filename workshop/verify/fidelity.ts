import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Provenance } from 'api-gateway-answer/evidence';
import { functionUrlRecordings, recordings } from 'api-gateway-answer/evidence';
import { differences } from '../local-vs-aws/differences';
import { repoRoot } from '../paths';
import { type Cell, DOORS, type Door, type FidelityRule, fidelityRules } from './fidelity-rules';

// docs/fidelity.md, written whole from the rules' cells (fidelity-rules.ts), the evidence they
// cite (the model's), the recordings the replay tests run, and serverless-offline's answers as
// workshop/local-vs-aws/ measures them and docs/local-vs-aws.md shows them.

export const fidelityPage = path.join(repoRoot, 'docs', 'fidelity.md');
const localVsAws = path.join(repoRoot, 'docs', 'local-vs-aws.md');

/** Every recorded answer a replay test runs through the model: REST (LocalStack and probe runs) and Function URL. */
const replayed: Provenance[] = [
  ...recordings.map((recording) => recording.provenance),
  ...functionUrlRecordings.map((recording) => recording.provenance),
];

/** The cases of a recorded evidence's source: `…, case "a / b(-c)", recorded …` → ["a", "b(-c)"]. */
function casesOf(source: string): string[] {
  const match = /, case "(.*?)", recorded /.exec(source);
  return match === null ? [] : match[1].split(' / ');
}

/** The cases of the recordings the replay tests run that this cell's recorded evidence names. */
export function replayingCases(cell: Cell): string[] {
  if (cell.evidence.level !== 'recorded') return [];
  const { source } = cell.evidence;
  const cases = casesOf(source);
  const found = replayed.filter(
    (provenance) =>
      'test' in provenance &&
      source.includes(`${provenance.test.file}::${provenance.test.test}`) &&
      cases.some((each) => each === provenance.case || each.startsWith(`${provenance.case}(`)),
  );
  return [...new Set(found.map((provenance) => provenance.case))];
}

/** serverless-offline's answer on a measured route, as docs/local-vs-aws.md's row shows it. */
function offlineAnswer(route: string, page: string): string {
  const difference = differences.find((each) => each.route === route);
  if (difference === undefined)
    throw new Error(
      `fidelity-rules.ts names ${route}, which workshop/local-vs-aws/differences.ts does not measure.`,
    );
  const row = page.split('\n').find((line) => line.startsWith(`| \`POST ${route}\` |`));
  if (row === undefined) throw new Error(`docs/local-vs-aws.md has no row for POST ${route}.`);
  const answer = row.split(' | ')[2];
  return difference.agrees
    ? `agrees (\`${route}\`: ${answer})`
    : `**differs** (\`${route}\`: ${answer})`;
}

function renderCell(cell: Cell | undefined): string {
  if (cell === undefined) return '—';
  const cases = replayingCases(cell);
  const replays =
    cases.length > 0 ? `<br>replayed: ${cases.map((each) => `\`${each}\``).join(', ')}` : '';
  return `${cell.sends}<br>*${cell.evidence.level}*${replays}`;
}

function renderOffline(rule: FidelityRule, page: string): string {
  const measured =
    rule.offline === undefined
      ? 'not measured'
      : rule.offline.map((route) => offlineAnswer(route, page)).join('<br>');
  const issues = (rule.issues ?? []).map(
    (url) => `[${url.replace(/^https:\/\/github\.com\//, '').replace('/issues/', '#')}](${url})`,
  );
  return issues.length > 0 ? `${measured}<br>${issues.join(', ')}` : measured;
}

/** Evidence text as table text: markdown's own characters escaped, URLs as autolinks. */
function linked(text: string): string {
  return text
    .replace(/[\\*_|<>]/g, (char) => (char === '<' ? '&lt;' : char === '>' ? '&gt;' : `\\${char}`))
    .replace(/https:\/\/[^\s),;]+/g, (url) => `<${url.replace(/\\_/g, '_')}>`);
}

function sourceRows(rule: FidelityRule): string[] {
  return (Object.keys(DOORS) as Door[]).flatMap((door) => {
    const cell = rule.doors[door];
    return cell === undefined
      ? []
      : [
          `| ${rule.rule} | ${DOORS[door]} | ${cell.evidence.level} | ${linked(cell.evidence.says)} | ${linked(cell.evidence.source)} |`,
        ];
  });
}

/** One row per recorded test the replay tests run: where it comes from, when, and its cases. */
function recordingRows(): string[] {
  const byTest = new Map<string, { provenance: Provenance; cases: string[] }>();
  for (const provenance of replayed) {
    const key =
      'test' in provenance
        ? `${provenance.test.repository} ${provenance.test.file}::${provenance.test.test}`
        : `npm run record:aws ${provenance.probe.recorded}`;
    const entry = byTest.get(key) ?? { provenance, cases: [] };
    entry.cases.push(provenance.case);
    byTest.set(key, entry);
  }
  return [...byTest.values()].map(({ provenance, cases }) => {
    const cells =
      'test' in provenance
        ? [
            `${provenance.test.repository} \`${provenance.test.file}\``,
            linked(provenance.test.test),
            provenance.test.recorded,
            linked(provenance.test.answersIn),
          ]
        : [
            `\`npm run record:aws\` (target ${provenance.probe.target}), ${provenance.probe.region}`,
            linked(provenance.probe.framework),
            provenance.probe.recorded,
            linked(provenance.probe.endpoint),
          ];
    return `| ${cells.join(' | ')} | ${cases.map((each) => `\`${each}\``).join(', ')} |`;
  });
}

/** docs/fidelity.md as the rules, their evidence, the recordings and the local-vs-aws measures say it. */
export function renderFidelityPage(rules: FidelityRule[] = fidelityRules): string {
  const page = readFileSync(localVsAws, 'utf8');
  const doors = Object.keys(DOORS) as Door[];
  const header = `| rule | ${doors.map((door) => DOORS[door]).join(' | ')} | serverless-offline |`;
  const divider = `| ${['---', ...doors.map(() => '---'), '---'].join(' | ')} |`;
  const rows = rules.map(
    (rule) =>
      `| ${rule.rule} | ${doors.map((door) => renderCell(rule.doors[door])).join(' | ')} | ${renderOffline(rule, page)} |`,
  );
  return `${[
    '# Fidelity: what AWS sends, door by door',
    '',
    '<!-- Written whole by `npm run dev -- docs` from workshop/verify/fidelity-rules.ts and',
    'the evidence it cites; npm test fails while it is out of date. Do not edit by hand. -->',
    '',
    "Each row is a rule of the workshop's API Gateway model, the one its local API and every",
    "step's checks answer by. Each column is a front door: a REST API with the Lambda proxy",
    '(steps 3 to 8), a REST API with the Lambda integration (step 9), an HTTP API with payload',
    '2.0 (step 10) or 1.0, and a Lambda function URL (step 11). A cell says what AWS sends, how',
    'sure we are of it, and which answers recorded from real AWS the unit tests replay through',
    'the model for it. `—`: the door has no such case, or the model has no rule for it there.',
    '',
    "How sure, strongest first: *recorded* (an answer captured from real AWS: LocalStack's",
    'tests marked `@markers.aws.validated`, whose snapshots hold what AWS sent, or a run of',
    '`npm run record:aws`), *documented* (an AWS page says it), *reported* (an issue, a blog',
    'post or a public capture says it), *inferred* (we reasoned it). Only recorded or',
    "documented rules may fail a step's check; the others earn a note.",
    '',
    "The last column is serverless-offline 13 (step 4's plugin), measured by",
    '`workshop/local-vs-aws/` against a real serverless-offline ([details](local-vs-aws.md)),',
    'with the public issues that report a gap. serverless-offline serves no function URLs',
    '([serverless-offline#1382](https://github.com/dherault/serverless-offline/issues/1382)).',
    '',
    header,
    divider,
    ...rows,
    '',
    '## Recordings',
    '',
    'Every answer recorded from real AWS that the unit tests replay through the model',
    '(`packages/api-gateway-answer/src/recordings/` for the REST API,',
    '`packages/api-gateway-answer/src/http-api/function-url-recordings.ts` for function URLs), restated as',
    'data from the tests that recorded them. No public recording of an HTTP API answer is held',
    'yet: its rules are documented or inferred.',
    '',
    '| recorded by | test | recorded | answers in | cases replayed |',
    '| --- | --- | --- | --- | --- |',
    ...recordingRows(),
    '',
    '## Sources',
    '',
    'What each cell rests on: the evidence the model cites, from',
    '`packages/api-gateway-answer/src/sources.ts` and `packages/api-gateway-answer/src/http-api/evidence.ts`.',
    '',
    '| rule | door | level | what it shows or says | source |',
    '| --- | --- | --- | --- | --- |',
    ...rules.flatMap(sourceRows),
  ].join('\n')}\n`;
}

/** Whether docs/fidelity.md reads as the rules say. */
export function fidelityPageIsCurrent(rules: FidelityRule[] = fidelityRules): boolean {
  try {
    return readFileSync(fidelityPage, 'utf8') === renderFidelityPage(rules);
  } catch {
    return false;
  }
}
