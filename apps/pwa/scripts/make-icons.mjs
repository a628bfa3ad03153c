#!/usr/bin/env node
// Writes the app icons under public/ (committed; run again only to change them):
// a clipboard with a check mark, white on the theme blue. PNG is written by hand with
// node:zlib (deflate) so no image library is needed.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const publicDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public');

const THEME = [11, 61, 145]; // #0b3d91
const WHITE = [255, 255, 255];
const AMBER = [255, 193, 7]; // #ffc107

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An RGBA image (width × height × 4 bytes) as PNG. */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function inRoundedRect(x, y, [left, top, right, bottom, radius]) {
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (
    x >= left &&
    x <= right &&
    y >= top &&
    y <= bottom &&
    (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2
  );
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** The colour at (x, y) in [0, 1]²; `scale` shrinks the glyph around the centre. */
function colourAt(x, y, scale) {
  const gx = (x - 0.5) / scale + 0.5;
  const gy = (y - 0.5) / scale + 0.5;
  const check = [
    [0.36, 0.53],
    [0.46, 0.64],
    [0.65, 0.41],
  ];
  if (inRoundedRect(gx, gy, [0.39, 0.15, 0.61, 0.27, 0.035])) return AMBER;
  if (inRoundedRect(gx, gy, [0.26, 0.2, 0.74, 0.82, 0.06])) {
    const d = Math.min(
      distanceToSegment(gx, gy, check[0], check[1]),
      distanceToSegment(gx, gy, check[1], check[2]),
    );
    return d <= 0.035 ? THEME : WHITE;
  }
  return THEME;
}

/** Renders with 4×4 supersampling so the edges are smooth. */
function render(size, scale) {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = colourAt(
            (px + (sx + 0.5) / samples) / size,
            (py + (sy + 0.5) / samples) / size,
            scale,
          );
          for (let i = 0; i < 3; i++) sum[i] += colour[i];
        }
      }
      const offset = (py * size + px) * 4;
      for (let i = 0; i < 3; i++) rgba[offset + i] = Math.round(sum[i] / samples ** 2);
      rgba[offset + 3] = 255;
    }
  }
  return encodePng(size, size, rgba);
}

const icons = [
  // "any": the glyph fills most of the square.
  { file: 'icon-192.png', size: 192, scale: 1 },
  { file: 'icon-512.png', size: 512, scale: 1 },
  // "maskable": the glyph stays inside the central safe zone (a circle of 80 % diameter).
  { file: 'icon-maskable-512.png', size: 512, scale: 0.72 },
  { file: 'apple-touch-icon.png', size: 180, scale: 0.85 },
  { file: 'favicon-32.png', size: 32, scale: 1 },
];

for (const { file, size, scale } of icons) {
  writeFileSync(join(publicDir, file), render(size, scale));
  console.log(`public/${file} ${size}×${size}`);
}
