import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../paths';
import { runFramework } from '../../serverless/framework';
import { isPortInUse } from '../../serverless/free-port';
import { portHolder } from '../../serverless/port-holder';
import { dim, green, red } from '../output';

type Verdict = 'ok' | 'problem' | 'info';

export interface Finding {
  verdict: Verdict;
  what: string;
  /** What to do about it, for a problem. */
  fix?: string;
}

export interface ServePort {
  port: number;
  what: string;
  fix: string;
}

/**
 * Every port `serve` takes by default, with what for: the API (--port), the function URL of
 * step 11 and the solution (--port + 100), the browser page (the allowed origin's), and
 * serverless-offline's Lambda port when `serve --offline` runs it (serverless.yml's
 * custom.serverless-offline.lambdaPort).
 */
export const SERVE_PORTS: ServePort[] = [
  {
    port: 3000,
    what: 'the local API',
    fix: 'serve on another port: npm run workshop -- serve 4 --port 4000',
  },
  {
    port: 3100,
    what: 'the function URL (step 11 and the solution)',
    fix: 'serve on another port: --port 4000 puts the function URL on 4100',
  },
  {
    port: 5173,
    what: 'the browser page on the allowed origin',
    fix: 'put the page on another port: npm run workshop -- serve 8 --page-port 5180',
  },
  {
    port: 3002,
    what: "serverless-offline's Lambda port, for serve --offline",
    fix: "change custom.serverless-offline.lambdaPort in the step's serverless.yml",
  },
];

/** `workshop doctor`: checks this machine for what the workshop needs and says what to do about each problem. */
export async function doctor(): Promise<number> {
  const findings = [
    nodeVersion(),
    npmVersion(),
    ...installedDependencies(),
    ...(await portFindings()),
    await frameworkOffline(),
    awsCredentials(),
  ];
  for (const finding of findings) {
    const mark =
      finding.verdict === 'ok' ? green('✓') : finding.verdict === 'problem' ? red('✗') : dim('•');
    console.log(`${mark} ${finding.what}`);
    if (finding.fix) console.log(`    → ${finding.fix}`);
  }
  const problems = findings.filter((finding) => finding.verdict === 'problem').length;
  console.log('');
  console.log(
    problems === 0
      ? green('Everything the workshop needs is here.')
      : red(`${problems} problem${problems === 1 ? '' : 's'} to fix (see → above).`),
  );
  return problems === 0 ? 0 : 1;
}

const packageJson = () => JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));

/** `major.minor.patch` of a version string, for comparing. */
function parts(version: string): number[] {
  return version
    .replace(/^v/, '')
    .split('.')
    .map((part) => Number.parseInt(part, 10) || 0);
}

function atLeast(version: string, minimum: string): boolean {
  const [a, b] = [parts(version), parts(minimum)];
  for (let i = 0; i < 3; i += 1) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

function minimumOf(range: string | undefined): string {
  return range?.match(/>=\s*([\d.]+)/)?.[1] ?? '0.0.0';
}

function nodeVersion(): Finding {
  const minimum = minimumOf(packageJson().engines?.node);
  return atLeast(process.version, minimum)
    ? {
        verdict: 'ok',
        what: `Node.js ${process.version} (the workshop needs ${minimum} or newer; Lambda runs 24)`,
      }
    : {
        verdict: 'problem',
        what: `Node.js ${process.version} is older than ${minimum}`,
        fix: 'Install Node.js 24 (with nvm: nvm install, which reads .nvmrc), then npm ci.',
      };
}

function npmVersion(): Finding {
  const minimum = minimumOf(packageJson().engines?.npm);
  const version = process.env.npm_config_user_agent?.match(/npm\/([\d.]+)/)?.[1];
  if (version === undefined)
    return {
      verdict: 'info',
      what: 'npm version unknown (run this through npm: npm run workshop -- doctor)',
    };
  return atLeast(version, minimum)
    ? { verdict: 'ok', what: `npm ${version}` }
    : {
        verdict: 'problem',
        what: `npm ${version} is older than ${minimum}`,
        fix: 'npm install -g npm@latest',
      };
}

/** Each dev dependency is installed, at the version package-lock.json records. */
function installedDependencies(): Finding[] {
  const lockPath = path.join(repoRoot, 'package-lock.json');
  const lock = existsSync(lockPath)
    ? (JSON.parse(readFileSync(lockPath, 'utf8')) as {
        packages?: Record<string, { version?: string }>;
      })
    : {};
  const problems: Finding[] = [];
  const names = Object.keys(packageJson().devDependencies ?? {});
  for (const name of names) {
    const manifest = path.join(repoRoot, 'node_modules', name, 'package.json');
    const locked = lock.packages?.[`node_modules/${name}`]?.version;
    if (!existsSync(manifest)) {
      problems.push({ verdict: 'problem', what: `${name} is not installed`, fix: 'npm ci' });
      continue;
    }
    const installed = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
    if (locked && installed !== locked)
      problems.push({
        verdict: 'problem',
        what: `${name} ${installed} is installed, the lockfile says ${locked}`,
        fix: 'npm ci',
      });
  }
  return problems.length > 0
    ? problems
    : [
        {
          verdict: 'ok',
          what: `all ${names.length} dependencies installed, as package-lock.json records them`,
        },
      ];
}

/** A finding for each port: free, or in use, with what holds it where this machine can tell. */
export async function portFindings(ports: ServePort[] = SERVE_PORTS): Promise<Finding[]> {
  return Promise.all(
    ports.map(async ({ port, what, fix }): Promise<Finding> => {
      if (!(await isPortInUse(port)))
        return { verdict: 'ok', what: `port ${port} is free for ${what}` };
      const holder = portHolder(port);
      return {
        verdict: 'problem',
        what: `port ${port} is in use (${what} takes it)${holder === undefined ? '' : `, by ${holder}`}`,
        fix: `Stop what runs there (another serve?), or ${fix}`,
      };
    }),
  );
}

async function frameworkOffline(): Promise<Finding> {
  try {
    const run = await runFramework(['--version'], repoRoot);
    const version = run.output.match(/osls version: (\S+)/)?.[1];
    return run.code === 0
      ? {
          verdict: 'ok',
          what: `the Serverless Framework (osls ${version ?? '?'}) runs without a network or a login`,
        }
      : {
          verdict: 'problem',
          what: 'the Serverless Framework does not start',
          fix: `npm ci. It said: ${run.output.trim().split('\n').slice(-1)[0]}`,
        };
  } catch (error) {
    return {
      verdict: 'problem',
      what: 'the Serverless Framework is not installed',
      fix: `npm ci (${(error as Error).message})`,
    };
  }
}

function awsCredentials(): Finding {
  const fromEnv = process.env.AWS_ACCESS_KEY_ID || process.env.AWS_PROFILE;
  const fromFiles = ['credentials', 'config'].some((file) =>
    existsSync(path.join(os.homedir(), '.aws', file)),
  );
  return fromEnv || fromFiles
    ? {
        verdict: 'info',
        what: 'AWS credentials found (needed only to deploy, at the end of step 5)',
      }
    : {
        verdict: 'info',
        what: 'no AWS credentials (needed only to deploy, at the end of step 5; every step works without them)',
      };
}
