import { main } from '../recorder/main';

// `npm run record:aws [-- --target local]`: see workshop/recorder/main.ts and the README.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
