import { serveLocalApi, serviceSources } from '../commands/serve-local-api';

// `node --import tsx serve-folder.ts <folder> <port> [<page port>]`: `serve` on any service folder, as the
// learner's `serve` runs a step, for the tests that need a real `serve` process on a service
// of their own.
const [folder, port, pagePort] = process.argv.slice(2);
serveLocalApi({
  folder,
  label: folder,
  port: Number(port),
  pagePort: pagePort === undefined ? undefined : Number(pagePort),
  sources: serviceSources(folder),
})
  .then((code) => process.exit(code))
  .catch((error: Error) => {
    console.error(error.stack);
    process.exit(1);
  });
