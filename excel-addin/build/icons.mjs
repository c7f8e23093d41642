// Draws the add-in's icon (a telephone handset over a coin-gold circle on a teal tile) at the sizes
// the manifest asks for. Shapes are sampled 4×4 per pixel so small sizes stay smooth.
import { PNG } from 'pngjs';

export const ICON_SIZES = [16, 32, 80];

const TEAL = [0x0f, 0x6e, 0x6e];
const GOLD = [0xf2, 0xb7, 0x05];
const WHITE = [0xff, 0xff, 0xff];

function insideRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** The handset: a thick arc (the grip) with two rounded ends (ear and mouth pieces). */
function insideHandset(x, y) {
  const cx = 0.5, cy = 0.56, r = 0.27, w = 0.075;
  const dx = x - cx, dy = y - cy;
  const d = Math.hypot(dx, dy);
  const angle = Math.atan2(dy, dx);
  const inArc = Math.abs(d - r) <= w && (angle <= -0.35 || angle >= Math.PI + 0.35 || angle < -Math.PI + 0.35);
  const upperArc = inArc && dy < 0.02;
  const end = (a) => {
    const ex = cx + r * Math.cos(a), ey = cy + r * Math.sin(a);
    return Math.hypot(x - ex, y - ey) <= 0.11;
  };
  return upperArc || end(Math.PI + 0.25) || end(-0.25);
}

function colourAt(x, y) {
  if (!insideRoundedSquare(x, y, 0.18)) return null;
  if (insideHandset(x, y)) return WHITE;
  if (Math.hypot(x - 0.5, y - 0.62) <= 0.15) return GOLD;
  return TEAL;
}

/** @returns {Buffer} a PNG of size×size pixels */
export function drawIcon(size) {
  const png = new PNG({ width: size, height: size });
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!c) continue;
          r += c[0]; g += c[1]; b += c[2]; a += 1;
        }
      }
      const i = (py * size + px) * 4;
      png.data[i] = a ? Math.round(r / a) : 0;
      png.data[i + 1] = a ? Math.round(g / a) : 0;
      png.data[i + 2] = a ? Math.round(b / a) : 0;
      png.data[i + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return PNG.sync.write(png);
}
