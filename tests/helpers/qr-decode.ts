// Decodes the QR SVG and PNG that src/lib/core/qr.ts writes, without a browser: its path of runs `M x y h w v1 h-w z` is
// rasterised (4 px a module) and read by jsQR, the decoder a phone camera app would stand in for.
import { inflateSync } from 'node:zlib';
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

/** RGBA pixels of a PNG (8-bit greyscale, grey+alpha, RGB or RGBA, not interlaced: what the qrcode package writes). */
export function decodePng(png: Buffer): { width: number; height: number; rgba: Uint8ClampedArray } {
  if (png.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error('not a PNG');
  let width = 0, height = 0, depth = 0, colour = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const len = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') {
      [width, height, depth, colour] = [data.readUInt32BE(0), data.readUInt32BE(4), data[8]!, data[9]!];
      if (data[12] !== 0) throw new Error('interlaced PNG');
    } else if (type === 'IDAT') idat.push(data);
    at += 12 + len;
  }
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[colour];
  if (depth !== 8 || !channels) throw new Error(`unsupported PNG: depth ${depth}, colour type ${colour}`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? out[y * stride + i - channels]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + i]! : 0;
      const c = y > 0 && i >= channels ? out[(y - 1) * stride + i - channels]! : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      const pred = [0, a, b, (a + b) >> 1, paeth][filter];
      if (pred === undefined) throw new Error(`bad PNG filter ${filter}`);
      out[y * stride + i] = (line[i]! + pred) & 0xff;
    }
  }
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    const px = out.subarray(p * channels, (p + 1) * channels);
    const [r, g, b] = channels >= 3 ? [px[0]!, px[1]!, px[2]!] : [px[0]!, px[0]!, px[0]!];
    rgba.set([r, g, b, channels === 2 ? px[1]! : channels === 4 ? px[3]! : 255], p * 4);
  }
  return { width, height, rgba };
}

/** The text a PNG QR code (a Buffer or a data: URI) decodes to, or undefined when jsQR cannot read it. */
export function decodePngQr(png: Buffer | string): string | undefined {
  const buf = typeof png === 'string' ? Buffer.from(png.replace(/^data:image\/png;base64,/, ''), 'base64') : png;
  const { width, height, rgba } = decodePng(buf);
  return jsQR(rgba, width, height)?.data;
}
