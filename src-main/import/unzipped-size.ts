import { createInflateRaw } from 'node:zlib';

const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_OF_DIRECTORY = 0x06054b50;

/**
 * True when unpacking every entry of the zip really gives more than `limit` bytes. The sizes a zip declares can lie
 * (a crafted zip bomb declares a few bytes and inflates to gigabytes), so each entry is inflated as a stream and
 * counted, keeping nothing, and the count stops as soon as it passes the limit. Memory stays at one chunk.
 */
export async function unzipsToMoreThan(zip: Uint8Array, limit: number): Promise<boolean> {
  let total = 0;
  for (const entry of zipEntries(zip)) {
    const budget = limit - total;
    const size = entry.method === 0 ? entry.data.length : await inflatedSize(entry.data, budget);
    total += size;
    if (total > limit) {
      return true;
    }
  }
  return false;
}

interface ZipEntry {
  method: number;
  data: Uint8Array;
}

function* zipEntries(zip: Uint8Array): Generator<ZipEntry> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = findEnd(view);
  if (end === null) {
    return;
  }
  let offset = view.getUint32(end + 16, true);
  const count = view.getUint16(end + 10, true);
  for (let index = 0; index < count && offset + 46 <= view.byteLength; index += 1) {
    if (view.getUint32(offset, true) !== DIRECTORY_ENTRY) {
      return;
    }
    const method = view.getUint16(offset + 10, true);
    const compressed = view.getUint32(offset + 20, true);
    const local = view.getUint32(offset + 42, true);
    if (local + 30 <= view.byteLength && view.getUint32(local, true) === LOCAL_HEADER) {
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      yield { method, data: zip.subarray(start, Math.min(start + compressed, zip.byteLength)) };
    }
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
}

function findEnd(view: DataView): number | null {
  const earliest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let position = view.byteLength - 22; position >= earliest; position -= 1) {
    if (view.getUint32(position, true) === END_OF_DIRECTORY) {
      return position;
    }
  }
  return null;
}

/** The inflated size of one deflated entry, counted up to just past `budget`; a damaged stream counts as read. */
function inflatedSize(data: Uint8Array, budget: number): Promise<number> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let size = 0;
    let settled = false;
    const settle = () => {
      if (!settled) {
        settled = true;
        resolve(size);
      }
    };
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > budget) {
        settle();
        inflate.destroy();
      }
    });
    inflate.on('end', settle);
    inflate.on('error', settle);
    inflate.on('close', settle);
    inflate.end(data);
  });
}
