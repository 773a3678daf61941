import { checkDeployed } from '../deployed/main';

// `npm run check:deployed [-- --stage dev | --url <base>]`: see workshop/deployed/main.ts and the README.
checkDeployed(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
