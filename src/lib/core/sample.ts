/**
 * The 示例数据 banner decision, made once for every page: a page carries the banner when the site facts are
 * sample data or when anything it shows is. Routes only list what they show. Pure.
 */

/** Anything a page shows that may be sample data: a record, a figure, a kindergarten, a plain flag. */
export type Shown =
  | { sample?: boolean | undefined }
  | { data: { sample?: boolean | undefined }; street?: { sample?: boolean | undefined }; type?: { sample?: boolean | undefined } }
  | boolean
  | null
  | undefined;

/** True when one shown thing is sample data (a kindergarten counts its street and type too). */
export function isSample(x: Shown): boolean {
  if (x === null || x === undefined) return false;
  if (typeof x === 'boolean') return x;
  if ('data' in x) return Boolean(x.data.sample || x.street?.sample || x.type?.sample);
  return Boolean(x.sample);
}

/** Whether a page shows the 示例数据 banner: site.json is sample, or any shown thing is. */
export function needsSampleBanner(site: { sample?: boolean | undefined }, shown: readonly Shown[]): boolean {
  return Boolean(site.sample) || shown.some(isSample);
}
