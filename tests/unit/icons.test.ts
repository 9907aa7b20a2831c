import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodePng,
  ICNS_TYPES,
  ICO_SIZES,
  pngSize,
  PNG_SIZES,
  readIcns,
  readIco,
} from '../../scripts/icons-format';
import { renderIconFiles } from '../../scripts/icons';

const RESOURCES = join(__dirname, '..', '..', 'resources');

describe('app icons', () => {
  it.each(PNG_SIZES)('has a %i px PNG in resources/icons', (size) => {
    const png = readFileSync(join(RESOURCES, 'icons', `${size}x${size}.png`));
    expect(pngSize(png)).toEqual({ width: size, height: size });
    // Opaque in the middle: the icon is drawn, not an empty canvas.
    const image = decodePng(png);
    const middle = (Math.floor(size / 2) * size + Math.floor(size / 2)) * 4;
    expect(image.pixels[middle + 3]).toBe(255);
  });

  it('holds every Windows size in icon.ico, bitmaps below 256 px and a PNG at 256 px', () => {
    const entries = readIco(readFileSync(join(RESOURCES, 'icon.ico')));
    expect(entries.map((entry) => entry.width)).toEqual([...ICO_SIZES]);
    for (const entry of entries) {
      expect(entry.height).toBe(entry.width);
      expect(entry.format).toBe(entry.width >= 256 ? 'png' : 'bmp');
      if (entry.format === 'bmp') {
        // A BITMAPINFOHEADER of the entry's size, twice as tall for the mask, 32 bits a pixel.
        expect(entry.data.readUInt32LE(0)).toBe(40);
        expect(entry.data.readInt32LE(4)).toBe(entry.width);
        expect(entry.data.readInt32LE(8)).toBe(entry.width * 2);
        expect(entry.data.readUInt16LE(14)).toBe(32);
      } else {
        expect(pngSize(entry.data)).toEqual({ width: 256, height: 256 });
      }
    }
  });

  it('holds every macOS size in icon.icns, 16 px to 1024 px', () => {
    const entries = readIcns(readFileSync(join(RESOURCES, 'icon.icns')));
    expect(entries.map((entry) => entry.type)).toEqual(ICNS_TYPES.map((entry) => entry.type));
    entries.forEach((entry, index) => {
      const size = ICNS_TYPES[index]?.size ?? 0;
      expect(pngSize(entry.data)).toEqual({ width: size, height: size });
    });
  });

  it('keeps the committed icons the same as a fresh drawing of the SVG sources (npm run icons)', () => {
    for (const [name, data] of renderIconFiles(RESOURCES)) {
      const file = join(RESOURCES, name);
      expect(existsSync(file), `${name} is missing: run npm run icons`).toBe(true);
      expect(readFileSync(file).equals(data), `${name} is out of date: run npm run icons`).toBe(true);
    }
  });
});
