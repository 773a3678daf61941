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
