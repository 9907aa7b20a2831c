// `npm run icons`: draws every icon the installers need from the two SVG sources in resources/ (icon.svg, and
// icon-small.svg for 32 px and less, where the signatures would blur into one line anyway), with resvg (a
// rasteriser shipped as an npm package, so this runs offline). The output is committed: packaging and CI read the
// files and never need the rasteriser; tests/unit/icons.test.ts fails when they no longer match the SVGs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { encodeIcns, encodeIco, ICNS_TYPES, ICO_SIZES, PNG_SIZES } from './icons-format';

/** resources/, where the sources are and the icons go. */
export const RESOURCES = join(__dirname, '..', 'resources');

/** The largest size drawn from icon-small.svg. */
export const SMALL_ICON_MAX = 32;

/** The PNG of `size` pixels, from the source drawn for that size. */
export function renderPng(size: number, resources: string = RESOURCES): Buffer {
  const source = size <= SMALL_ICON_MAX ? 'icon-small.svg' : 'icon.svg';
  const svg = readFileSync(join(resources, source));
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
}

/** Every icon file, by its path under resources/. */
export function renderIconFiles(resources: string = RESOURCES): Map<string, Buffer> {
  const pngs = new Map<number, Buffer>();
  const png = (size: number): Buffer => {
    const found = pngs.get(size) ?? renderPng(size, resources);
    pngs.set(size, found);
    return found;
  };
  const files = new Map<string, Buffer>();
  for (const size of PNG_SIZES) {
    files.set(`icons/${size}x${size}.png`, png(size));
  }
  files.set('icon.ico', encodeIco(ICO_SIZES.map(png)));
  files.set('icon.icns', encodeIcns(ICNS_TYPES.map(({ type, size }) => ({ type, png: png(size) }))));
  return files;
}

function main(): void {
  for (const [name, data] of renderIconFiles()) {
    const file = join(RESOURCES, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, data);
    console.log(`${name} (${data.length} bytes)`);
  }
}

if (require.main === module) {
  main();
}
