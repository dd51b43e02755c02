/**
 * QR codes as inline SVG, made at build time: no client script, no image request, sharp at any print size.
 * Pure (the qrcode package only computes the module matrix here).
 */
import QRCode from 'qrcode';

/** Quiet zone around the code, in modules (the QR standard asks for 4). */
const QUIET = 4;

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Dark modules of the QR code of `text` (error correction M: survives a smudged poster), row by row. */
export function qrMatrix(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  return Array.from({ length: n }, (_, y) => Array.from({ length: n }, (_, x) => modules.data[y * n + x] === 1));
}

/**
 * SVG of the QR code of `text`: one path of horizontal runs of dark modules on a white square with a quiet
 * zone, scaled by its container. `label` is its accessible name.
 */
export function qrSvg(text: string, label: string): string {
  const matrix = qrMatrix(text);
  const size = matrix.length + 2 * QUIET;
  let d = '';
  matrix.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      const start = x;
      while (x + 1 < row.length && row[x + 1]) x++;
      d += `M${start + QUIET} ${y + QUIET}h${x - start + 1}v1h${-(x - start + 1)}z`;
    }
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escapeAttr(label)}" shape-rendering="crispEdges" class="qr"><rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`;
}
