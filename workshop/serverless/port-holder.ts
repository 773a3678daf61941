import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';

/**
 * What listens on `port`, as "node (pid 1234): node workshop/cli/…", where this machine lets
 * us see it: on Linux from /proc (the processes of this user), elsewhere from lsof when it is
 * installed. Undefined when it cannot tell (Windows, another user's process).
 */
export function portHolder(port: number): string | undefined {
  try {
    return existsSync('/proc/net/tcp') ? fromProc(port) : fromLsof(port);
  } catch {
    return undefined;
  }
}

/** The listening socket's inode from /proc/net/tcp{,6}, then the process holding it. */
function fromProc(port: number): string | undefined {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(table)) continue;
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      // local_address is HEXIP:HEXPORT; state 0A is LISTEN; the inode is the tenth field.
      if (fields[1]?.endsWith(`:${hexPort}`) && fields[3] === '0A') inodes.add(fields[9]);
    }
  }
  if (inodes.size === 0) return undefined;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let descriptors: string[];
    try {
      descriptors = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const descriptor of descriptors) {
      let target: string;
      try {
        target = readlinkSync(`/proc/${pid}/fd/${descriptor}`);
      } catch {
        continue;
      }
      const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
      if (inode !== undefined && inodes.has(inode)) return describe(pid, commandLine(pid));
    }
  }
  return undefined;
}

function commandLine(pid: string): string {
  return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
}

function fromLsof(port: number): string | undefined {
  const run = spawnSync('lsof', ['-nP', `-iTCP:${port}`, '-sTCP:LISTEN', '-Fpc'], {
    encoding: 'utf8',
  });
  if (run.status !== 0) return undefined;
  const pid = /^p(\d+)$/m.exec(run.stdout)?.[1];
  const command = /^c(.+)$/m.exec(run.stdout)?.[1];
  return pid === undefined ? undefined : describe(pid, command ?? '');
}

/** "pid 1234: node …/serve.ts", cut to a line. */
export function describe(pid: string, command: string): string {
  const shown = command.length > 100 ? `${command.slice(0, 100)}…` : command;
  return shown ? `pid ${pid}: ${shown}` : `pid ${pid}`;
}
