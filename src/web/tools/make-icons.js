/* global Buffer, URL, console */
// Draws the app icons (a green disc with a pale S-shaped spine) as PNGs without any image library:
// a tiny rasteriser with 4x4 supersampling and a hand-made PNG encoder. Run: node src/web/tools/make-icons.js
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const out = new URL('../public/icons/', import.meta.url);
const BRAND = [31, 111, 92];
const LIGHT = [247, 246, 242];

// The spine curve on a 32 x 32 grid (same as the header logo): two cubic Béziers, sampled into a polyline.
function cubic(p0, p1, p2, p3, n = 40) {
  const pts = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n, u = 1 - t;
    pts.push([
      u ** 3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t ** 3 * p3[0],
      u ** 3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t ** 3 * p3[1],
    ]);
  }
  return pts;
}
const spine = [...cubic([16, 6], [12, 10], [12, 13], [16, 16]), ...cubic([16, 16], [20, 19], [20, 22], [16, 26])];

function distToSpine(x, y) {
  let best = Infinity;
  for (let i = 1; i < spine.length; i++) {
    const [ax, ay] = spine[i - 1], [bx, by] = spine[i];
    const dx = bx - ax, dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy || 1)));
    best = Math.min(best, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
  }
  return best;
}

function draw(size, { maskable = false } = {}) {
  const px = Buffer.alloc(size * size * 4);
  const scale = 32 / size;
  // Maskable icons keep the drawing inside the central 80% safe zone and fill the whole square.
  const shrink = maskable ? 0.72 : 1;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let disc = 0, line = 0;
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const gx = (x + (sx + 0.5) / 4) * scale, gy = (y + (sy + 0.5) / 4) * scale;
          const cx = 16 + (gx - 16) / shrink, cy = 16 + (gy - 16) / shrink;
          if (maskable || Math.hypot(gx - 16, gy - 16) <= 15) disc++;
          if (distToSpine(cx, cy) <= 1.6) line++;
        }
      }
      const a = disc / 16, l = line / 16;
      const i = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) px[i + c] = Math.round(BRAND[c] * (1 - l) + LIGHT[c] * l);
      px[i + 3] = Math.round(255 * a);
    }
  }
  return png(size, px);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

writeFileSync(new URL('icon-192.png', out), draw(192));
writeFileSync(new URL('icon-512.png', out), draw(512));
writeFileSync(new URL('maskable-512.png', out), draw(512, { maskable: true }));
writeFileSync(
  new URL('icon.svg', out),
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="15" fill="#1f6f5c"/>' +
    '<path d="M16 6 C12 10 12 13 16 16 C20 19 20 22 16 26" fill="none" stroke="#f7f6f2" stroke-width="3.2" stroke-linecap="round"/></svg>\n',
);
console.log('icons written to', out.pathname);
