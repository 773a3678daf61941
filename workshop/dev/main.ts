import { runCommandLine } from '../cli/command-line';
import { devCommandLine } from './command-table';

// `npm run dev -- <command>`: the maintainers' commands (command-table.ts).

runCommandLine(devCommandLine, process.argv.slice(2));
