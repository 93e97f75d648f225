import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';
import { crc32 } from './zip.js';

/** Teal of the Leerkring icon; the Teams manifest uses it as accentColor too. */
export const LEERKRING_TEAL = '#0E7C7B';

/** Pixel size Teams requires for the colour icon. */
export const COLOR_ICON_SIZE = 192;
/** Pixel size Teams requires for the outline icon. */
export const OUTLINE_ICON_SIZE = 32;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes 8-bit RGBA pixels (row-major, 4 bytes per pixel) as a PNG file. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4) {
    throw new Error(`encodePng: expected ${width * height * 4} bytes, got ${rgba.length}`);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace

  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }

  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** Width and height from a PNG's IHDR, or undefined when `data` is not a PNG. */
export function readPngSize(data: Uint8Array): { width: number; height: number } | undefined {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (buf.length < 24 || !buf.subarray(0, 8).equals(PNG_SIGNATURE)) return undefined;
  if (buf.readUInt32BE(8) !== 13 || buf.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

interface RingOfDots {
  size: number;
  ringRadius: number;
  ringHalfWidth: number;
  dots: number;
  dotRadius: number;
}

/** Coverage (0..1) of the "circle of people" symbol, 4×4 supersampled for smooth edges. */
function coverage(shape: RingOfDots): Float64Array {
  const { size, ringRadius, ringHalfWidth, dots, dotRadius } = shape;
  const centre = size / 2;
  const dotCentres = Array.from({ length: dots }, (_, i) => {
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / dots;
    return { x: centre + ringRadius * Math.cos(angle), y: centre + ringRadius * Math.sin(angle) };
  });
  const inside = (x: number, y: number): boolean => {
    const r = Math.hypot(x - centre, y - centre);
    if (Math.abs(r - ringRadius) <= ringHalfWidth) return true;
    return dotCentres.some((d) => Math.hypot(x - d.x, y - d.y) <= dotRadius);
  };

  const samples = 4;
  const out = new Float64Array(size * size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          if (inside(px + (sx + 0.5) / samples, py + (sy + 0.5) / samples)) hits++;
        }
      }
      out[py * size + px] = hits / (samples * samples);
    }
  }
  return out;
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

/** The 192×192 colour icon: a white ring of six dots on a full-bleed teal square. */
export function renderColorIcon(): Buffer {
  const size = COLOR_ICON_SIZE;
  // Symbol kept inside the central ~100 px so Teams' rounded mask never clips it.
  const cov = coverage({ size, ringRadius: 38, ringHalfWidth: 3.5, dots: 6, dotRadius: 12 });
  const [r, g, b] = hexToRgb(LEERKRING_TEAL);
  const rgba = new Uint8Array(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    const c = cov[i]!;
    rgba[i * 4] = Math.round(r + (255 - r) * c);
    rgba[i * 4 + 1] = Math.round(g + (255 - g) * c);
    rgba[i * 4 + 2] = Math.round(b + (255 - b) * c);
    rgba[i * 4 + 3] = 255;
  }
  return encodePng(size, size, rgba);
}

/** The 32×32 outline icon: the same symbol in pure white on transparency, as Teams requires. */
export function renderOutlineIcon(): Buffer {
  const size = OUTLINE_ICON_SIZE;
  const cov = coverage({ size, ringRadius: 10.5, ringHalfWidth: 1, dots: 6, dotRadius: 3.2 });
  const rgba = new Uint8Array(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    rgba[i * 4] = 255;
    rgba[i * 4 + 1] = 255;
    rgba[i * 4 + 2] = 255;
    rgba[i * 4 + 3] = Math.round(cov[i]! * 255);
  }
  return encodePng(size, size, rgba);
}

/** Writes color.png and outline.png into `dir` (default: manifests/teams/) and returns their paths. */
export function writeIcons(dir = fileURLToPath(new URL('../manifests/teams/', import.meta.url))): string[] {
  const files: Array<[string, Buffer]> = [
    ['color.png', renderColorIcon()],
    ['outline.png', renderOutlineIcon()],
  ];
  return files.map(([name, png]) => {
    const path = join(dir, name);
    writeFileSync(path, png);
    return path;
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const path of writeIcons()) console.log(`wrote ${path}`);
}
