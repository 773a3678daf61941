import { FrontDoor } from '../front-door';
import { answeredCopy, type Edits } from './answered-copy';

export interface LocalApisOfThisFile {
  /** The service in `folder` on a local API, on a port the system picks. */
  serveFolder: (folder: string) => Promise<FrontDoor>;
  /** A step as shipped with its answer laid over it and `edits` applied: its folder. */
  answered: (slug: string, edits?: Edits) => string;
  /** That answered step on a local API. */
  serveAnswered: (slug: string, edits?: Edits) => Promise<FrontDoor>;
}

/**
 * The local APIs a test file starts, each when a test asks: all stopped, and the copies they
 * served removed, after the file's tests.
 */
export function localApisOfThisFile(): LocalApisOfThisFile {
  const made: Array<() => void> = [];
  const doors: FrontDoor[] = [];
  afterAll(async () => {
    await Promise.all(doors.map((door) => door.stop()));
    for (const remove of made) remove();
  });
  const serveFolder = async (folder: string) => {
    const door = await FrontDoor.start({ folder });
    doors.push(door);
    return door;
  };
  const answered = (slug: string, edits: Edits = {}) => {
    const copy = answeredCopy(slug, edits);
    made.push(copy.remove);
    return copy.folder;
  };
  return {
    serveFolder,
    answered,
    serveAnswered: (slug, edits = {}) => serveFolder(answered(slug, edits)),
  };
}
