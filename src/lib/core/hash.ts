/** The one FNV-1a hash (32 bits) of the site: search shard buckets and /updates/ anchors. Pure, runs in the browser. */

/**
 * 32-bit FNV-1a over the UTF-16 code units of a string, or over bytes. The two inputs give different numbers
 * for non-ASCII text: each caller keeps the input it has always hashed, so published anchors and shard numbers
 * never change.
 */
export function fnv1a(data: string | Uint8Array): number {
  let h = 0x811c9dc5;
  if (typeof data === 'string') {
    for (let i = 0; i < data.length; i++) h = Math.imul(h ^ data.charCodeAt(i), 0x01000193) >>> 0;
  } else {
    for (const byte of data) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  }
  return h;
}
