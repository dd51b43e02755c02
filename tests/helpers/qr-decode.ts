// Decodes the QR SVG that src/lib/core/qr.ts writes, without a browser: its path of runs `M x y h w v1 h-w z` is
// rasterised (4 px a module) and read by jsQR, the decoder a phone camera app would stand in for.
import jsQR from 'jsqr';

/** The text a QR SVG of src/lib/core/qr.ts decodes to, or undefined when jsQR cannot read it. */
export function decodeSvg(svg: string): string | undefined {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const d = /<path[^>]* d="([^"]*)"/.exec(svg)?.[1] ?? '';
  const dark = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
    const [x, y, w, back] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
    if (back !== w) throw new Error(`run at ${x},${y} is not closed: h${w} … h-${back}`);
    for (let i = 0; i < w; i++) dark[y]![x + i] = true;
  }
  const scale = 4;
  const px = size * scale;
  const rgba = new Uint8ClampedArray(px * px * 4);
  for (let y = 0; y < px; y++) {
    for (let x = 0; x < px; x++) {
      const v = dark[Math.floor(y / scale)]![Math.floor(x / scale)] ? 0 : 255;
      rgba.set([v, v, v, 255], (y * px + x) * 4);
    }
  }
  return jsQR(rgba, px, px)?.data;
}
