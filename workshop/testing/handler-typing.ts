import path from 'node:path';
import type TypeScript from 'typescript';

const ASSERTION_FILE = '__handler-typing__.ts';

/** What only Node's type definitions, left out here, would declare. */
const NODE_ONLY =
  /^Cannot find (name '(console|process|Buffer|require|module|exports|__dirname|__filename|setTimeout|clearTimeout|setInterval|clearInterval|setImmediate|structuredClone|fetch|URL|URLSearchParams|TextEncoder|TextDecoder)'|module 'node:)/;

/**
 * Problems with how `exportName` in `handlerFile` is typed, as a learner should read them:
 * it must be assignable to `(event: APIGatewayProxyEvent, context: Context) =>
 * Promise<APIGatewayProxyResult>`, and its event and context must not be `any`.
 * An empty list means it is typed as the workshop asks.
 */
export function handlerTypingProblems(handlerFile: string, exportName: string): string[] {
  // Loaded here, not at the top: every step test imports the facade that offers this, and
  // the compiler takes half a second to load; only step 1's typing test needs it.
  const ts = require('typescript') as typeof TypeScript;
  const folder = path.dirname(handlerFile);
  const assertionPath = path.join(folder, ASSERTION_FILE);
  const importPath = `./${path.basename(handlerFile, '.ts')}`;
  const assertion = [
    "import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';",
    `import { ${exportName} } from '${importPath}';`,
    `export const typed: (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult> = ${exportName};`,
  ].join('\n');

  // Only the ES library and aws-lambda's types: loading @types/node and the DOM library made
  // this check take 1.5 s. The few "cannot find" errors that leaves in the handler (console,
  // process, node: modules) say nothing about its typing, and are not reported.
  const options: TypeScript.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
    types: [],
    lib: ['lib.es2022.d.ts'],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, version, ...rest) =>
    path.resolve(name) === assertionPath
      ? ts.createSourceFile(name, assertion, version)
      : getSourceFile.call(host, name, version, ...rest);
  host.fileExists = (name) => path.resolve(name) === assertionPath || fileExists.call(host, name);
  host.readFile = (name) =>
    path.resolve(name) === assertionPath ? assertion : readFile.call(host, name);

  const program = ts.createProgram([assertionPath], options, host);
  const problems = ts
    .getPreEmitDiagnostics(program)
    .filter(
      (diagnostic) =>
        diagnostic.file === undefined ||
        [assertionPath, path.resolve(handlerFile)].includes(path.resolve(diagnostic.file.fileName)),
    )
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
    .filter((message) => !NODE_ONLY.test(message));
  if (problems.length > 0) return problems;

  const checker = program.getTypeChecker();
  const source = program.getSourceFile(path.resolve(handlerFile));
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  const exported =
    moduleSymbol &&
    checker.getExportsOfModule(moduleSymbol).find((symbol) => symbol.name === exportName);
  if (!exported || !source) return [`${path.basename(handlerFile)} does not export ${exportName}.`];
  const [signature] = checker.getTypeOfSymbolAtLocation(exported, source).getCallSignatures();
  return (signature?.getParameters() ?? []).slice(0, 2).flatMap((parameter, index) => {
    const type = checker.getTypeOfSymbolAtLocation(parameter, source);
    const wanted = index === 0 ? 'APIGatewayProxyEvent' : 'Context';
    return type.flags & ts.TypeFlags.Any
      ? [
          `The ${index === 0 ? 'event' : 'context'} parameter is typed any; type it as ${wanted} from aws-lambda.`,
        ]
      : [];
  });
}
