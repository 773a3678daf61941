/**
 * Runs `refresh` after a save, one run at a time: saves made during a run make one more run
 * after it, not one each. `refresh` resolves true to run again whatever (a server it found
 * stopped).
 */
export function followSaves(refresh: () => Promise<boolean>): {
  onSave: () => void;
  /** Resolves once no run is under way. */
  idle: () => Promise<void>;
} {
  let running: Promise<void> | undefined;
  let again = false;
  const loop = async () => {
    do {
      again = false;
      if (await refresh()) again = true;
    } while (again);
  };
  return {
    onSave: () => {
      if (running) {
        again = true;
        return;
      }
      running = loop().finally(() => {
        running = undefined;
      });
    },
    idle: async () => {
      await running;
    },
  };
}
