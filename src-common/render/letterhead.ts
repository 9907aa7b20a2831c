/** The image types a letterhead may be: what every PDF viewer and Word accept without conversion. */
export const LETTERHEAD_TYPES = ['image/png', 'image/jpeg'] as const;

/** One of {@link LETTERHEAD_TYPES}. */
export type LetterheadType = (typeof LETTERHEAD_TYPES)[number];

/** A letterhead bigger than this is refused: it would bloat every copy of the letter, and 1 MB is ample for a logo. */
export const LETTERHEAD_MAX_BYTES = 1024 * 1024;

/** An image's size in pixels, as its own header states it. */
export interface ImageSize {
  width: number;
  height: number;
}

/** A letterhead as the exporters place it: the image, its type and its size in pixels. */
export interface RenderLetterhead extends ImageSize {
  mimeType: LetterheadType;
  base64: string;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The size of a PNG or JPEG image read from its header, or null when the bytes are not an image of the stated
 * type. Checking the bytes, not just the name, keeps a renamed file of another kind out of the exported letter.
 */
export function imageSize(bytes: Uint8Array, mimeType: LetterheadType): ImageSize | null {
  const size = mimeType === 'image/png' ? pngSize(bytes) : jpegSize(bytes);
  return size && size.width > 0 && size.height > 0 ? size : null;
}

function pngSize(bytes: Uint8Array): ImageSize | null {
  if (bytes.length < 24 || PNG_SIGNATURE.some((byte, index) => bytes[index] !== byte)) {
    return null;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The first chunk of every PNG is IHDR, whose data starts with the width and height.
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function jpegSize(bytes: Uint8Array): ImageSize | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) {
    return null;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  // Walks the segments to the first start-of-frame marker, which holds the size.
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) {
      return null;
    }
    const marker = bytes[at + 1] ?? 0;
    if (isStartOfFrame(marker)) {
      return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    }
    at += 2 + view.getUint16(at + 2);
  }
  return null;
}

// SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range but are not frames.
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** The size to print a letterhead at: its own size, scaled down to fit the box but never up. */
export function fitWithin(size: ImageSize, box: ImageSize): ImageSize {
  const scale = Math.min(1, box.width / size.width, box.height / size.height);
  return {
    width: Math.max(1, Math.round(size.width * scale)),
    height: Math.max(1, Math.round(size.height * scale)),
  };
}
