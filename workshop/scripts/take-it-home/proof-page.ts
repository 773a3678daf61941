/**
 * The epilogue page shows what the proof printed, in blocks it marks on the line before their
 * fence: `<!-- proof: <name> -->` then a ```text block. The proof compares each with its own
 * run, and rewrites them with `--update-page`: the page cannot show output the package no
 * longer prints. Only what does not change from run to run goes in a block: no timings, and
 * the scratch folder's path written as <scratch>.
 */
const PROOF_BLOCK = /^<!-- proof: (\S+) -->\n```text\n([\s\S]*?)^```/gm;

export function proofBlocks(page: string): Map<string, string> {
  const text = page.replace(/\r\n/g, '\n');
  return new Map(
    [...text.matchAll(PROOF_BLOCK)].map(([, name, body]) => [name, body.replace(/\n$/, '')]),
  );
}

/** What differs between the page's blocks and a run's output, one line each. */
export function proofPageProblems(page: string, outputs: Map<string, string>): string[] {
  const shown = proofBlocks(page);
  return [
    ...[...outputs.keys()]
      .filter((name) => !shown.has(name))
      .map((name) => `it has no block <!-- proof: ${name} -->`),
    ...[...shown.keys()]
      .filter((name) => !outputs.has(name))
      .map((name) => `its block "${name}" is output this proof does not print`),
    ...[...shown]
      .filter(([name, body]) => outputs.has(name) && outputs.get(name) !== body)
      .map(([name]) => `its block "${name}" differs from this run's output`),
  ];
}

/** The page with each block this run printed rewritten; other blocks are left as they are. */
export function fillProofBlocks(page: string, outputs: Map<string, string>): string {
  return page
    .replace(/\r\n/g, '\n')
    .replace(PROOF_BLOCK, (whole, name: string) =>
      outputs.has(name)
        ? `<!-- proof: ${name} -->\n\`\`\`text\n${outputs.get(name)}\n\`\`\``
        : whole,
    );
}

/**
 * What the package pulls in, as the page tells the learner to ask for it: `npm ls` without
 * dev dependencies (npm 11 calls `--prod` deprecated and warns), the whole tree.
 */
export const NPM_LS_ARGS = ['ls', '--omit=dev', '--all'];

/**
 * `serve`'s output with its ports, free ones and another each run, as placeholders: the first
 * port it prints is `<port>`, the next another one `<port 2>`… (the APIs share one, each
 * function URL has its own), so the page does not show two ports as one.
 */
export function portsAsPlaceholders(output: string): string {
  const ports: string[] = [];
  return output.replace(/localhost:(\d+)/g, (_whole, port: string) => {
    if (!ports.includes(port)) ports.push(port);
    const index = ports.indexOf(port);
    return `localhost:<port${index === 0 ? '' : ` ${index + 1}`}>`;
  });
}
