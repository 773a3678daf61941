import type { localApiFor as frontDoorFor } from '../front-door/local-api-for-tests';

/**
 * The front door's `localApiFor`, loaded when a test file calls it: the front door (esbuild,
 * an HTTP server, the template compiler) takes a unit test file 60 to 150 ms to load, and
 * every step test imports the facade, but only the integration tests serve the service.
 * Mutation testing loads a step's unit tests again for every mutant.
 */
export const localApiFor: typeof frontDoorFor = (...args) => {
  const frontDoor: {
    localApiFor: typeof frontDoorFor;
  } = require('../front-door/local-api-for-tests');
  return frontDoor.localApiFor(...args);
};
