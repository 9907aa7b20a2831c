// The icon containers each platform wants, written and read without an image library: PNG (read only, what the
// rasteriser wrote), Windows .ico (https://learn.microsoft.com/en-us/previous-versions/ms997538(v=msdn.10)) and
// macOS .icns (https://en.wikipedia.org/wiki/Apple_Icon_Image_format). scripts/icons.ts writes them; the unit tests
// read them back.
import { inflateSync } from 'node:zlib';

/** The sizes of the PNG set in resources/icons/, named `<n>x<n>.png` as electron-builder's Linux targets expect. */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

/** The images inside resources/icon.ico: Explorer, the taskbar and the installer pick from these. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

/** The images inside resources/icon.icns, by type: each holds a PNG of `size` pixels (the @2x types twice the points). */
export const ICNS_TYPES = [
  { type: 'icp4', size: 16 },
  { type: 'ic11', size: 32 },
  { type: 'icp5', size: 32 },
  { type: 'ic12', size: 64 },
  { type: 'icp6', size: 64 },
  { type: 'ic07', size: 128 },
  { type: 'ic13', size: 256 },
  { type: 'ic08', size: 256 },
  { type: 'ic14', size: 512 },
  { type: 'ic09', size: 512 },
  { type: 'ic10', size: 1024 },
] as const;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A decoded image: 8-bit RGBA, not premultiplied, rows top to bottom. */
export interface RgbaImage {
  width: number;
  height: number;
  pixels: Buffer;
}

/** True when `data` starts with the PNG signature. */
export function isPng(data: Uint8Array): boolean {
  return Buffer.from(data.subarray(0, 8)).equals(PNG_SIGNATURE);
}

/** The width and height in a PNG's header. */
export function pngSize(data: Buffer): { width: number; height: number } {
  if (!isPng(data) || data.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG file');
  }
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** Decodes an 8-bit RGBA, non-interlaced PNG (what the rasteriser writes); anything else is refused. */
export function decodePng(data: Buffer): RgbaImage {
  const { width, height } = pngSize(data);
  if (data[24] !== 8 || data[25] !== 6 || data[28] !== 0) {
    throw new Error('only 8-bit RGBA, non-interlaced PNGs are read');
  }
  const idat: Buffer[] = [];
  for (let offset = 8; offset < data.length;) {
    const length = data.readUInt32BE(offset);
    const type = data.toString('latin1', offset + 4, offset + 8);
    if (type === 'IDAT') {
      idat.push(data.subarray(offset + 8, offset + 8 + length));
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x += 1) {
      const left = x >= 4 ? (pixels[y * stride + x - 4] ?? 0) : 0;
      const up = y > 0 ? (pixels[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = x >= 4 && y > 0 ? (pixels[(y - 1) * stride + x - 4] ?? 0) : 0;
      pixels[y * stride + x] = ((line[x] ?? 0) + predict(filter, left, up, upLeft)) & 0xff;
    }
  }
  return { width, height, pixels };
}

function predict(filter: number | undefined, left: number, up: number, upLeft: number): number {
  switch (filter) {
    case 0:
      return 0;
    case 1:
      return left;
    case 2:
      return up;
    case 3:
      return Math.floor((left + up) / 2);
    case 4: {
      const estimate = left + up - upLeft;
      const toLeft = Math.abs(estimate - left);
      const toUp = Math.abs(estimate - up);
      const toUpLeft = Math.abs(estimate - upLeft);
      if (toLeft <= toUp && toLeft <= toUpLeft) {
        return left;
      }
      return toUp <= toUpLeft ? up : upLeft;
    }
    default:
      throw new Error(`unknown PNG filter ${String(filter)}`);
  }
}

/**
 * An .ico holding one image per PNG given: 256 px as PNG, smaller ones as 32-bit bitmaps, which every reader of
 * .ico files accepts (NSIS's compiler among them).
 */
export function encodeIco(pngs: readonly Buffer[]): Buffer {
  const images = pngs.map((png) => (pngSize(png).width >= 256 ? png : icoBitmap(decodePng(png))));
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach((image, index) => {
    const { width, height } = pngSize(pngs[index] ?? Buffer.alloc(0));
    const entry = 6 + 16 * index;
    header.writeUInt8(width >= 256 ? 0 : width, entry);
    header.writeUInt8(height >= 256 ? 0 : height, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(image.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += image.length;
  });
  return Buffer.concat([header, ...images]);
}

/** A BITMAPINFOHEADER, the BGRA rows bottom-up, then the AND mask (1 = transparent), as .ico files hold them. */
function icoBitmap(image: RgbaImage): Buffer {
  const { width, height, pixels } = image;
  const maskStride = Math.ceil(width / 32) * 4;
  const info = Buffer.alloc(40);
  info.writeUInt32LE(40, 0);
  info.writeInt32LE(width, 4);
  info.writeInt32LE(height * 2, 8);
  info.writeUInt16LE(1, 12);
  info.writeUInt16LE(32, 14);
  info.writeUInt32LE(width * height * 4 + maskStride * height, 20);
  const colour = Buffer.alloc(width * height * 4);
  const mask = Buffer.alloc(maskStride * height);
  for (let y = 0; y < height; y += 1) {
    const row = height - 1 - y;
    for (let x = 0; x < width; x += 1) {
      const from = (y * width + x) * 4;
      const to = (row * width + x) * 4;
      colour[to] = pixels[from + 2] ?? 0;
      colour[to + 1] = pixels[from + 1] ?? 0;
      colour[to + 2] = pixels[from] ?? 0;
      const alpha = pixels[from + 3] ?? 0;
      colour[to + 3] = alpha;
      if (alpha === 0) {
        const byte = row * maskStride + (x >> 3);
        mask[byte] = (mask[byte] ?? 0) | (0x80 >> (x & 7));
      }
    }
  }
  return Buffer.concat([info, colour, mask]);
}

/** One image of an .ico file as its directory describes it. */
export interface IcoEntry {
  width: number;
  height: number;
  format: 'png' | 'bmp';
  data: Buffer;
}

/** Reads an .ico file's directory and images. */
export function readIco(file: Buffer): IcoEntry[] {
  if (file.readUInt16LE(0) !== 0 || file.readUInt16LE(2) !== 1) {
    throw new Error('not an .ico file');
  }
  const entries: IcoEntry[] = [];
  for (let index = 0; index < file.readUInt16LE(4); index += 1) {
    const at = 6 + 16 * index;
    const data = file.subarray(
      file.readUInt32LE(at + 12),
      file.readUInt32LE(at + 12) + file.readUInt32LE(at + 8),
    );
    const width = file.readUInt8(at) || 256;
    const height = file.readUInt8(at + 1) || 256;
    entries.push({ width, height, format: isPng(data) ? 'png' : 'bmp', data });
  }
  return entries;
}

/** An .icns file holding the given images, each under its type. */
export function encodeIcns(entries: readonly { type: string; png: Buffer }[]): Buffer {
  const parts = entries.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + parts.reduce((sum, part) => sum + part.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

/** Reads the images of an .icns file, by type. */
export function readIcns(file: Buffer): { type: string; data: Buffer }[] {
  if (file.toString('latin1', 0, 4) !== 'icns' || file.readUInt32BE(4) !== file.length) {
    throw new Error('not an .icns file');
  }
  const entries: { type: string; data: Buffer }[] = [];
  for (let offset = 8; offset < file.length;) {
    const length = file.readUInt32BE(offset + 4);
    entries.push({
      type: file.toString('latin1', offset, offset + 4),
      data: file.subarray(offset + 8, offset + length),
    });
    offset += length;
  }
  return entries;
}
