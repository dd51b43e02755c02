/**
 * QR codes made at build time, no client script. On screen a PNG `<img>` (as a data: URI: no extra request):
 * WeChat's long-press 识别二维码 recognises images, not inline SVG or canvas. In print an inline SVG, sharp at
 * any size. Pure (the qrcode package computes the module matrix and encodes the PNG; nothing is written).
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

/** Pixels per module of the PNG: read at its natural size by a phone's recogniser, crisp when scaled up. */
export const QR_PNG_SCALE = 4;

/** A QR code as a PNG image: `src` a data: URI (the CSP allows `img-src data:`), `size` its width = height in px. */
export interface QrPng {
  src: string;
  size: number;
}

/**
 * PNG of the QR code of `text` (same matrix as qrSvg: error correction M, quiet zone of 4 modules), black on
 * white, QR_PNG_SCALE px a module; about 1.2 KB (1.6 KB as base64) for a page address.
 */
export async function qrPng(text: string): Promise<QrPng> {
  const png = await QRCode.toBuffer(text, {
    type: 'png',
    errorCorrectionLevel: 'M',
    margin: QUIET,
    scale: QR_PNG_SCALE,
    color: { dark: '#000000ff', light: '#ffffffff' },
    // Level 9 with the default strategy: 1.2 KB instead of 2 KB for a 41-module code.
    rendererOpts: { deflateLevel: 9, deflateStrategy: 0 },
  });
  return { src: `data:image/png;base64,${png.toString('base64')}`, size: (qrMatrix(text).length + 2 * QUIET) * QR_PNG_SCALE };
}
