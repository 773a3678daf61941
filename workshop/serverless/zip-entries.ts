import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** Uncompressed size in bytes. */
  size: number;
  /** The file's bytes, uncompressed. */
  content: () => Buffer;
}

const STORED = 0;
const DEFLATED = 8;

/**
 * The files in a zip archive, read from its central directory: enough to inspect a Lambda
 * artifact (and to run the handler inside it) without an unzip tool on the machine.
 */
export function zipEntries(zipPath: string): ZipEntry[] {
  const zip = readFileSync(zipPath);
  const endOfCentralDirectory = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endOfCentralDirectory === -1) throw new Error(`${zipPath} is not a zip archive.`);
  const count = zip.readUInt16LE(endOfCentralDirectory + 10);
  let offset = zip.readUInt32LE(endOfCentralDirectory + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const size = zip.readUInt32LE(offset + 24);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localHeader = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    entries.push({
      name,
      size,
      content: () => extract(zip, localHeader, method, compressedSize, name),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function extract(
  zip: Buffer,
  localHeader: number,
  method: number,
  compressedSize: number,
  name: string,
): Buffer {
  // The local header repeats the name and has its own extra field before the data.
  const dataStart =
    localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
  const data = zip.subarray(dataStart, dataStart + compressedSize);
  if (method === STORED) return Buffer.from(data);
  if (method === DEFLATED) return inflateRawSync(data);
  throw new Error(`${name}: compression method ${method} is not supported.`);
}
