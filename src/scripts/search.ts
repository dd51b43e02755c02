// Search page enhancement: loads Pagefind only when the visitor searches (a ?q= in the address, focus or
// typing), shows results with type, excerpt and kindergarten facts, filters, and keeps the URL shareable.
import { normalizeQuery, segmentWithDictionary } from '../lib/search/query.ts';
import { pinFirst, pinnedEntry, type NameEntry } from '../lib/search/names.ts';
import { lookupNames, type KeyBucket, type ShardManifest } from '../lib/search/shards.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface PagefindApi {
  options: (o: object) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (q: string, o?: object) => Promise<PagefindSearch | null>;
  preload: (q: string, o?: object) => Promise<void>;
}

const root = document.querySelector<HTMLElement>('[data-search-page]');
const input = document.querySelector<HTMLInputElement>('#search-page-q');
const form = input?.form;
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const filterBox = document.querySelector<HTMLFieldSetElement>('[data-search-filters]');
// The 筛选 button beside the status line: shown when a filter can narrow the results, open when one is chosen.
const filterDetails = document.querySelector<HTMLDetailsElement>('[data-search-filters-box]');
const browse = document.querySelector<HTMLElement>('[data-search-browse]');
const base = root?.dataset.base ?? '/';
// The subdivision filter is named with the content's word (街道, 镇（乡） …), set by the page.
const STREET_FILTER = root?.dataset.streetFilter ?? '';
const FILTER_KEYS = ['页面类型', '幼儿园类型', ...(STREET_FILTER ? [STREET_FILTER] : [])];
// Each shown result fetches its fragment (a long document's is ~7 KB): five keep the first search within
// the first-search byte budget at 10× (docs/ARCHITECTURE.md, “Budgets”); 显示更多结果 loads the next five.
const PAGE = 5;
const more = document.createElement('button');
more.type = 'button';
more.className = 'search-more';
more.textContent = '显示更多结果';
more.hidden = true;
list?.after(more);
let pending: PagefindSearch['results'] = [];
more.addEventListener('click', async () => {
  const next = pending.slice(0, PAGE);
  pending = pending.slice(PAGE);
  const items = (await Promise.all(next.map((r) => r.data()))).filter((d) => !shown.has(d.url)).map(resultItem);
  list?.append(...items);
  items[0]?.querySelector('a')?.focus();
  more.hidden = pending.length === 0;
});
const PARAM: Record<string, string> = { 页面类型: 'type', 幼儿园类型: 'kg', ...(STREET_FILTER ? { [STREET_FILTER]: 'street' } : {}) };

// Names and hidden keywords outrank body text, and long documents (the plan) are not buried under short
// list pages that merely mention them. Tuned against the query table in e2e/shipped/search.spec.ts.
const RANKING = { metaWeights: { title: 10, keywords: 4, type: 1 }, pageLength: 0.2 };

let pagefind: Promise<PagefindApi> | undefined;
let manifest: Promise<ShardManifest | undefined> | undefined;
const shardFiles = new Map<string, Promise<unknown>>();
const shown = new Set<string>();
let dictionary: Promise<Set<string>> | undefined;
let seq = 0;

function getJson<T>(file: string): Promise<T | undefined> {
  let p = shardFiles.get(file);
  if (!p) {
    p = fetch(`${base}search-names/${file}`).then((r) => (r.ok ? r.json() : undefined)).catch(() => undefined);
    shardFiles.set(file, p);
  }
  return p as Promise<T | undefined>;
}

function loadManifest(): Promise<ShardManifest | undefined> {
  manifest ??= getJson<ShardManifest>('meta.json');
  return manifest;
}

// Best bets: only the few small files the query's keys and candidates live in (src/lib/search/shards.ts).
async function loadNames(q: string, filters: Record<string, string>): Promise<NameEntry[]> {
  const manifest = await loadManifest();
  if (!manifest) return [];
  return lookupNames(q, { manifest, bucket: (n) => getJson<KeyBucket>(`k${n}.json`), block: (n) => getJson<NameEntry[]>(`e${n}.json`) }, filters, STREET_FILTER);
}

function loadPagefind(): Promise<PagefindApi> {
  void loadManifest();
  pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: PagefindApi) => {
    await pf.options({ baseUrl: base, ranking: RANKING, excerptLength: 24 });
    await pf.init();
    return pf;
  });
  return pagefind;
}

let filterIndexes: Promise<unknown> | undefined;

// The filter indexes list every page, so they grow with the site (~25 KB at 4,000 pages): they load after the
// first results are shown (or first, for a shared address that chose a filter). Without them a search
// reports no filter counts; a search with a chosen filter loads the index it needs by itself.
function loadFilterIndexes(pf: PagefindApi): Promise<unknown> {
  filterIndexes ??= pf.filters();
  return filterIndexes;
}

// Old webviews lack Intl.Segmenter: split Chinese queries with the words seen at indexing time instead.
async function prepare(q: string): Promise<string> {
  const clean = normalizeQuery(q);
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) return clean;
  dictionary ??= fetch(`${base}search-dictionary.json`).then((r) => r.json()).then((w: string[]) => new Set(w));
  return segmentWithDictionary(clean, await dictionary);
}

function selectedFilters(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const sel of filterBox?.querySelectorAll<HTMLSelectElement>('select') ?? []) if (sel.value) out[sel.name] = sel.value;
  return out;
}

function renderFilters(all: Record<string, Record<string, number>>, chosen: Record<string, string>) {
  if (!filterBox) return;
  // Only filters that can narrow the results: more than one value.
  const shown = FILTER_KEYS.flatMap((key) => {
    const values = all[key];
    return values && Object.keys(values).length > 1 ? [{ key, values }] : [];
  });
  if (filterDetails) {
    filterDetails.hidden = shown.length === 0;
    if (Object.values(chosen).some(Boolean)) filterDetails.open = true;
  }
  filterBox.querySelectorAll('label').forEach((l) => l.remove());
  for (const { key, values } of shown) {
    const label = document.createElement('label');
    label.textContent = `${key} `;
    const sel = document.createElement('select');
    sel.name = key;
    sel.add(new Option('全部', ''));
    for (const [value, n] of Object.entries(values).sort()) sel.add(new Option(`${value}（${n}）`, value, false, chosen[key] === value));
    sel.addEventListener('change', () => void run());
    label.append(sel);
    filterBox.append(label);
  }
}

function resultItem(d: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const type = document.createElement('span');
  type.className = 'result-type';
  type.textContent = d.meta.type ?? '页面';
  const a = document.createElement('a');
  a.href = d.url;
  a.textContent = d.meta.title ?? d.url;
  const h = document.createElement('h2');
  h.append(type, ' ', a);
  li.append(h);
  const facts = [d.meta.kgType, d.meta.street, d.meta.fee].filter(Boolean).join(' · ');
  if (facts) {
    const p = document.createElement('p');
    p.className = 'result-facts';
    p.textContent = facts;
    li.append(p);
  }
  if (d.excerpt) {
    const ex = document.createElement('p');
    // Pagefind escapes the excerpt and adds only <mark> elements: safe as HTML.
    ex.innerHTML = d.excerpt;
    li.append(ex);
  }
  return li;
}

// While the visitor types, fetch what the query will need (Pagefind's index chunks, the best-bet files), so
// that the search after the pause finds them loaded. Pagefind's own advice: preload on input, search debounced.
async function warm(q: string) {
  if (!q) return;
  const filters = selectedFilters();
  void loadNames(q, filters);
  const pf = await loadPagefind();
  await pf.preload(await prepare(q), { filters });
}

function showFirst(d: PagefindResultData) {
  list?.replaceChildren(resultItem(d));
  if (browse) browse.hidden = true;
}

async function run(pushUrl = true) {
  if (!input || !list || !status) return;
  const q = input.value.trim();
  const mine = ++seq;
  const chosen = selectedFilters();
  if (pushUrl) {
    const url = new URL(location.href);
    url.searchParams.delete('q');
    Object.values(PARAM).forEach((p) => url.searchParams.delete(p));
    if (q) url.searchParams.set('q', q);
    for (const [k, v] of Object.entries(chosen)) {
      const param = PARAM[k];
      if (param) url.searchParams.set(param, v);
    }
    history.replaceState(null, '', url);
  }
  if (!q) {
    delete list.dataset.open;
    list.replaceChildren();
    more.hidden = true;
    status.textContent = '';
    if (browse) browse.hidden = false;
    return;
  }
  status.textContent = '正在搜索…';
  list.dataset.open = '';
  // The best-bet files load while Pagefind starts and searches. When the query names a page, that page is the
  // first answer as soon as the names are in (no Pagefind, no fragment), and stays first whatever the scores.
  const searched = Promise.all([loadPagefind(), prepare(q)]).then(async ([pf, query]) => ({ pf, query, search: await pf.search(query, { filters: chosen }) }));
  const pin = pinnedEntry(q, await loadNames(q, chosen), chosen, STREET_FILTER);
  if (mine !== seq) return;
  const pinUrl = pin ? `${base}${pin.u.slice(1)}` : undefined;
  const pinned: PagefindResultData | undefined = pin && pinUrl ? { url: pinUrl, excerpt: '', meta: { title: pin.t, type: pin.k, ...pin.m } } : undefined;
  if (pinned) showFirst(pinned);
  const { pf, query, search } = await searched;
  if (!search || mine !== seq) return;
  const screen = search.results.slice(0, PAGE);
  // Otherwise the top result alone first (one fragment); the rest of the screen follows.
  if (!pinned) {
    const head = await screen[0]?.data();
    if (mine !== seq) return;
    if (head) showFirst(head);
  }
  const loaded = await Promise.all(screen.map((r) => r.data()));
  if (mine !== seq) return;
  const top = pinned && !loaded.some((d) => d.url === pinUrl) ? [pinned, ...loaded] : pinFirst(loaded, pinUrl);
  shown.clear();
  top.forEach((d) => shown.add(d.url));
  list.replaceChildren(...top.map(resultItem));
  pending = search.results.slice(PAGE);
  more.hidden = pending.length === 0;
  const total = Math.max(search.results.length, top.length);
  status.textContent = total
    ? `找到 ${total} 个结果。`
    : `没有找到与“${q}”相关的内容。可以换个说法，或从下面的栏目查找。`;
  if (browse) browse.hidden = total > 0;
  if (total === 0) delete list.dataset.open;
  // Filter counts once the results are shown: the same search again, now with the filter indexes (its index
  // chunks are cached, so only the filter files are fetched, once per visit).
  void loadFilterIndexes(pf).then(async () => {
    if (mine !== seq) return;
    const counted = await pf.search(query, { filters: chosen });
    if (counted && mine === seq) renderFilters(counted.totalFilters, chosen);
  });
}

if (input && form) {
  const params = new URLSearchParams(location.search);
  // On a slow phone the visitor may type before this script has run: what is in the box wins over the
  // address (the no-JS form already put a submitted query in ?q=, so both agree when nothing was typed since).
  const typed = input.value.trim() !== '' && input.value !== params.get('q');
  if (!typed) input.value = params.get('q') ?? '';
  // With a query the browse lists wait for the results (hidden by CSS since the first paint while <html> has
  // data-q); from now on `hidden` decides.
  if (browse && input.value.trim()) browse.hidden = true;
  if (list && input.value.trim()) list.dataset.open = '';
  document.documentElement.removeAttribute('data-q');
  let timer: number | undefined;
  input.addEventListener('focus', () => void loadPagefind(), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    void warm(input.value.trim());
    timer = window.setTimeout(() => void run(), 250);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  if (input.value) {
    // Filters from a shared URL are applied once Pagefind has told us the filter values.
    const chosen = Object.fromEntries(FILTER_KEYS.flatMap((k) => {
      const value = params.get(PARAM[k] ?? '');
      return value ? [[k, value]] : [];
    }));
    void loadPagefind().then(async (pf) => {
      if (Object.keys(chosen).length) {
        await loadFilterIndexes(pf);
        const s = await pf.search(await prepare(input.value), {});
        if (s) renderFilters(s.totalFilters, chosen);
      }
      await run(typed);
    });
  }
}
