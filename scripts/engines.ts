/**
 * Smoke check of every page type in the two other engines parents and staff use: WebKitGTK (the engine family of
 * iPhone WeChat, driven by Debian's WebKitWebDriver + MiniBrowser under Xvfb) and Firefox ESR (driven over
 * WebDriver BiDi by puppeteer-core). Not part of `npm test`: run `npm run test:engines` after a build.
 *   node scripts/engines.ts [dist] [port]        (ENGINES=webkit,firefox  WIDTHS=360x740,390x844)
 * Needs: apt-get install -y firefox-esr webkit2gtk-driver xvfb fonts-wqy-microhei
 * Prints a table page × engine × viewport: ok, or the defects found (horizontal overflow, a chart not drawn, a QR
 * code not shown, no search results, 大字模式 not kept after a reload, a kindergarten's fees, category or free seats
 * below the first screen or a header over 120 px, in both modes, console errors). Exit code 1 on a defect.
 * Over 300 lines on purpose: one script drives two browsers through the same checks, kept together so the
 * checks stay the same in both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const [dist = 'dist', portArg = process.env.ENGINES_PORT ?? '6400'] = process.argv.slice(2);
const port = Number(portArg);
const origin = `http://127.0.0.1:${port}`;
const engines = (process.env.ENGINES ?? 'webkit,firefox').split(',');
const viewports = (process.env.WIDTHS ?? '360x740,390x844').split(',').map((s) => s.split('x').map(Number) as [number, number]);
const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

const children: ChildProcess[] = [];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The first entry of a dist folder that is a page (has index.html), for one page of each type. */
function firstPage(dir: string, prefer?: RegExp): string | undefined {
  const full = join(dist, dir);
  if (!existsSync(full)) return undefined;
  const subs = readdirSync(full).filter((d) => existsSync(join(full, d, 'index.html'))).sort();
  const pick = subs.find((d) => prefer?.test(d)) ?? subs[0];
  return pick ? `/${dir}/${pick}/` : undefined;
}

const pages: [string, string][] = [
  ['home', '/'],
  ['policy', firstPage('policies') ?? ''],
  ['progress', '/progress/'],
  ['task', firstPage('progress') ?? ''],
  ['indicators', '/indicators/'],
  ['kindergartens', '/kindergartens/'],
  ['kindergarten', firstPage('kindergartens', /^(?!sample)/) ?? ''],
  ['fees', '/fees/'],
  ['seats', '/seats/'],
  ['search', `/search/?q=${encodeURIComponent(process.env.ENGINES_QUERY ?? '包钢十七园')}`],
  ['enrollment', existsSync(join(dist, 'enrollment', 'index.html')) ? '/enrollment/' : ''],
  ['data', '/data/'],
  ['updates', '/updates/'],
  ['about', '/about/'],
  ['404', '/no-such-page/'],
].filter((p): p is [string, string] => p[1] !== '');

/** Runs in the page: the defects a reader would see. Plain ES2019 so that every engine parses it. */
const PROBE = `
  const out = [];
  const w = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > w + 1) {
    const wide = [...document.querySelectorAll('body *')].filter((e) => {
      const r = e.getBoundingClientRect();
      return r.right > w + 1 && r.width > 0 && getComputedStyle(e).position !== 'fixed';
    }).filter((e, i, all) => !all.includes(e.parentElement)).slice(0, 3)
      .map((e) => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ')[0] : '') + '→' + Math.round(e.getBoundingClientRect().right));
    out.push('horizontal overflow ' + document.documentElement.scrollWidth + '>' + w + ' (' + wide.join(', ') + ')');
  }
  document.querySelectorAll('canvas[data-chart]').forEach((c, i) => {
    const r = c.getBoundingClientRect();
    let drawn = false;
    try {
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      for (let k = 3; k < d.length; k += 4 * 7) if (d[k] > 0) { drawn = true; break; }
    } catch (e) { drawn = 'error ' + e; }
    if (drawn !== true || r.width < 100 || r.height < 50) out.push('chart ' + i + ' not drawn (' + Math.round(r.width) + '×' + Math.round(r.height) + ', ' + drawn + ')');
  });
  document.querySelectorAll('[data-qr]').forEach((q, i) => {
    const code = q.querySelector('svg, img');
    const r = code ? code.getBoundingClientRect() : { width: 0, height: 0 };
    if (r.width < 80 || r.height < 80 || (code.tagName === 'IMG' && !code.naturalWidth)) out.push('QR ' + i + ' not shown (' + Math.round(r.width) + '×' + Math.round(r.height) + ')');
  });
  // A kindergarten page answers on the first screen (issue 17): category, fees, meals and free seats (those the page
  // shows: a closed kindergarten shows its state instead) end above the bottom of the viewport; the header and
  // navigation take at most 120 px.
  const first = document.querySelector('[data-first-screen]');
  if (first) {
    const header = document.querySelector('.site-header');
    if (header && header.getBoundingClientRect().height > 120) out.push('first screen: header ' + Math.round(header.getBoundingClientRect().height) + 'px > 120');
    ['[data-category]', '[data-kg-state]', '[data-fact="tuition"]', '[data-fact="meals"]', '[data-fact="free"]'].forEach((sel) => {
      const e = first.querySelector(sel);
      if (!e) return;
      const r = e.getBoundingClientRect();
      if (r.height === 0 || r.bottom + window.scrollY > innerHeight) out.push('first screen: ' + sel + ' ends at ' + Math.round(r.bottom + window.scrollY) + ' > ' + innerHeight);
    });
    if (!first.querySelector('[data-category]')) out.push('first screen: no category');
  }
  if (location.pathname.indexOf('/search/') >= 0 && !document.querySelector('[data-search-results] li')) out.push('search: no results (' + (document.querySelector('[data-search-status]') || {}).textContent + ')');
  return out;
`;

interface Driver {
  name: string;
  open(url: string, size: [number, number]): Promise<void>;
  run<T>(body: string): Promise<T>;
  click(selector: string): Promise<void>;
  reload(): Promise<void>;
  /** Console errors and uncaught exceptions since the last call. */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

async function firefox(): Promise<Driver> {
  const browser: Browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  const page: Page = await browser.newPage();
  let errs: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errs.push(m.text()); });
  page.on('pageerror', (e) => errs.push(String(e)));
  return {
    name: 'firefox',
    async open(url, [width, height]) {
      await page.setViewport({ width, height });
      await page.goto(url, { waitUntil: 'load' });
    },
    run: (body) => page.evaluate(`(async () => { ${body} })()`) as never,
    click: (sel) => page.click(sel),
    async reload() { await page.reload({ waitUntil: 'load' }); },
    async errors() { const e = errs; errs = []; return e; },
    close: () => browser.close(),
  };
}

async function webkit(): Promise<Driver> {
  const display = process.env.DISPLAY ?? ':64';
  if (!process.env.DISPLAY) {
    children.push(spawn('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' }));
    await sleep(800);
  }
  const wdPort = port + 5;
  const wd = spawn('WebKitWebDriver', [`--port=${wdPort}`], { env: { ...process.env, DISPLAY: display }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(wd);
  let errs: string[] = [];
  // MiniBrowser's setting enable-write-console-messages-to-stdout: console messages come through the driver.
  const onLine = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (/^CONSOLE .*(ERROR|error)|SecurityError|TypeError|ReferenceError/.test(line)) errs.push(line.trim());
  };
  wd.stdout!.on('data', onLine);
  wd.stderr!.on('data', onLine);
  await sleep(800);
  const base = `http://127.0.0.1:${wdPort}`;
  const call = async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${base}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const j = (await r.json()) as { value: any };
    if (!r.ok) throw new Error(`WebDriver ${path}: ${j.value?.message ?? r.status}`);
    return j.value;
  };
  const s = await call('POST', '/session', {
    capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', '--enable-write-console-messages-to-stdout=true'] } } },
  });
  const sid = `/session/${s.sessionId}`;
  // MiniBrowser's window cannot be narrower than its toolbar (447 px): each page is opened in a same-origin
  // iframe of the phone's size inside it, and the checks run in that frame (media queries see its width).
  let current = '';
  let currentSize: [number, number] = [0, 0];
  let top = false;
  const open = async (url: string, [width, height]: [number, number]) => {
    current = url;
    currentSize = [width, height];
    await call('POST', `${sid}/frame`, { id: null });
    if (!top) {
      await call('POST', `${sid}/window/rect`, { width: 800, height: 1000 });
      await call('POST', `${sid}/url`, { url: `${origin}/__engines-frame__/` });
      top = true;
    }
    await call('POST', `${sid}/execute/async`, {
      script: `const [url, w, h, done] = arguments;
        document.body.innerHTML = '';
        document.body.style.margin = '0';
        const f = document.createElement('iframe');
        f.style.cssText = 'border:0;display:block;width:' + w + 'px;height:' + h + 'px';
        f.onload = () => done(1);
        // Console errors, uncaught errors and CSP violations of the framed page, caught as soon as its document
        // exists (Astro's module scripts run after parsing, so they are covered).
        window.__errs = window.__errs || [];
        let seen = null;
        const hook = () => {
          const win = f.contentWindow;
          if (win && win.document !== seen && win.location.href !== 'about:blank') {
            seen = win.document;
            const orig = win.console.error.bind(win.console);
            win.console.error = (...a) => { window.__errs.push(a.map(String).join(' ')); orig(...a); };
            win.addEventListener('error', (e) => window.__errs.push('uncaught ' + (e.message || e.target && e.target.outerHTML)), true);
            win.addEventListener('unhandledrejection', (e) => window.__errs.push('unhandled rejection ' + e.reason));
            win.document.addEventListener('securitypolicyviolation', (e) => window.__errs.push('CSP ' + e.violatedDirective + ' ' + e.blockedURI));
          }
          if (!seen || win.document.readyState !== 'complete') setTimeout(hook, 0);
        };
        f.src = url;
        document.body.append(f);
        hook();`,
      args: [url, width, height],
    });
    await call('POST', `${sid}/frame`, { id: 0 });
  };
  return {
    name: 'webkit',
    open,
    run: (body) => call('POST', `${sid}/execute/async`, { script: `const done = arguments[0]; (async () => { ${body} })().then(done, (e) => done(['probe error ' + e]));`, args: [] }),
    async click(sel) {
      const el = await call('POST', `${sid}/element`, { using: 'css selector', value: sel });
      await call('POST', `${sid}/element/${Object.values(el)[0]}/click`, {});
    },
    reload: () => open(current, currentSize),
    async errors() {
      await call('POST', `${sid}/frame`, { id: null });
      const e = (await call('POST', `${sid}/execute/sync`, { script: 'const e = window.__errs || []; window.__errs = []; return e;', args: [] })) as string[];
      await call('POST', `${sid}/frame`, { id: 0 });
      return [...errs, ...e.splice(0)].splice(0);
    },
    async close() { await call('DELETE', sid).catch(() => {}); },
  };
}

async function check(d: Driver, path: string, size: [number, number]): Promise<string[]> {
  await d.open(origin + path, size);
  // Charts draw after load (and after fonts); search results come after Pagefind loads.
  const wait = path.startsWith('/search/') ? 'for (let i = 0; i < 60 && !document.querySelector("[data-search-results] li"); i++) await new Promise((r) => setTimeout(r, 100));' : '';
  await d.run(`${wait} await new Promise((r) => setTimeout(r, 400)); return 1;`);
  // Charts draw only when they come near the screen (src/scripts/charts.ts): scroll to each as a reader would,
  // give chart.js time to arrive and draw, then go back to the top for the first-screen checks.
  await d.run(`for (const c of document.querySelectorAll('canvas[data-chart]')) {
      c.scrollIntoView({ block: 'center' });
      for (let i = 0; i < 50 && c.width === 300 && c.height === 150; i++) await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 300)); window.scrollTo(0, 0); return 1;`);
  const found = await d.run<string[]>(PROBE);
  const inner = await d.run<number>('return innerWidth;');
  if (Math.abs(inner - size[0]) > 1) found.push(`viewport is ${inner}px, not ${size[0]}`);
  return found;
}

async function checkDazi(d: Driver, size: [number, number]): Promise<string[]> {
  await d.open(origin + '/', size);
  await d.run('localStorage.removeItem("dazi"); return 1;');
  await d.reload();
  await d.click('.dazi-toggle');
  const on = await d.run<boolean>('return document.documentElement.hasAttribute("data-dazi") && document.querySelector("[data-dazi-toggle]").checked;');
  await d.open(origin + '/fees/', size);
  const kept = await d.run<[boolean, boolean, number]>('return [document.documentElement.hasAttribute("data-dazi"), document.querySelector("[data-dazi-toggle]").checked, parseFloat(getComputedStyle(document.body).fontSize)];');
  const out: string[] = [];
  if (!on) out.push('toggle does not switch on');
  if (!kept[0] || !kept[1]) out.push('not kept on the next page');
  if (kept[2] < 19) out.push(`body font ${kept[2]}px in 大字模式`);
  const over = await d.run<string[]>(PROBE);
  out.push(...over.map((o) => `大字: ${o}`));
  const kg = pages.find(([label]) => label === 'kindergarten');
  if (kg) {
    await d.open(origin + kg[1], size);
    await d.run('await new Promise((r) => setTimeout(r, 300)); return 1;');
    const onKg = await d.run<string[]>(PROBE);
    out.push(...onKg.map((o) => `大字 ${kg[1]}: ${o}`));
  }
  await d.run('localStorage.removeItem("dazi"); return 1;');
  return out;
}

/** The checks must be able to fail: a page made wide, a blank chart, a QR figure without a code and a console error
 * must all be reported in each engine. */
async function selfTest(d: Driver): Promise<string[]> {
  await d.open(`${origin}/no-such-page/`, viewports[0] ?? [360, 740]);
  await sleep(200);
  await d.errors();
  await d.run(`const w = document.createElement("div"); w.style.width = "2000px"; w.style.height = "1px";
    const c = document.createElement("canvas"); c.setAttribute("data-chart", "{}");
    const q = document.createElement("figure"); q.setAttribute("data-qr", "");
    const f = document.createElement("section"); f.setAttribute("data-first-screen", "");
    f.innerHTML = '<span data-category>公办</span><div data-fact="tuition" style="margin-top:3000px">保教费</div>';
    document.body.append(w, c, q, f); console.error("engines-selftest"); return 1;`);
  await sleep(300);
  const found = await d.run<string[]>(PROBE);
  const out: string[] = [];
  if (!found.some((f) => f.startsWith('horizontal overflow'))) out.push('self-test: overflow not detected');
  if (!found.some((f) => f.startsWith('chart '))) out.push('self-test: a blank chart not detected');
  if (!found.some((f) => f.startsWith('QR '))) out.push('self-test: a missing QR code not detected');
  if (!found.some((f) => f.startsWith('first screen: [data-fact="tuition"]'))) out.push('self-test: a fee below the first screen not detected');
  if (!(await d.errors()).some((e) => e.includes('engines-selftest'))) out.push('self-test: console errors not observable');
  return out;
}

async function main() {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html 不存在：请先构建（npm run build）`);
  const server = spawn(process.execPath, ['scripts/serve.ts', dist, String(port), '/'], { stdio: 'ignore' });
  children.push(server);
  await sleep(800);
  const rows: [string, string, string, string][] = [];
  let defects = 0;
  for (const name of engines) {
    let d: Driver;
    try {
      d = name === 'webkit' ? await webkit() : await firefox();
    } catch (e) {
      rows.push([name, '*', '*', `cannot start: ${(e as Error).message}`]);
      defects++;
      continue;
    }
    for (const size of viewports) {
      const checks: [string, () => Promise<string[]>][] = [
        ['(self-test)', () => selfTest(d)],
        ...pages.map(([label, path]) => [label, () => check(d, path, size)] as [string, () => Promise<string[]>]),
        ['大字模式', () => checkDazi(d, size)],
      ];
      for (const [label, fn] of checks) {
        let found: string[];
        try {
          found = await fn();
        } catch (e) {
          found = [`driver error: ${(e as Error).message}`];
        }
        await sleep(100);
        found.push(...(await d.errors()).map((e) => `console: ${e.slice(0, 200)}`));
        if (found.length) defects++;
        rows.push([label, name, size.join('×'), found.length ? found.join('; ') : 'ok']);
        console.error(`${name} ${size.join('×')} ${label}: ${found.length ? found.join('; ') : 'ok'}`);
      }
    }
    await d.close();
  }
  const pad = (i: 0 | 1 | 2) => Math.max(...rows.map((r) => r[i].length));
  const [w0, w1, w2] = [pad(0), pad(1), pad(2)];
  console.log(`\n| page | engine | viewport | result |\n| --- | --- | --- | --- |`);
  for (const r of rows) console.log(`| ${r[0].padEnd(w0)} | ${r[1].padEnd(w1)} | ${r[2].padEnd(w2)} | ${r[3]} |`);
  console.log(`\n${defects === 0 ? '全部通过' : `${defects} 项有问题`}`);
  return defects;
}

let code = 1;
try {
  code = (await main()) ? 1 : 0;
} catch (e) {
  console.error(e);
} finally {
  for (const c of children.reverse()) c.kill();
}
process.exit(code);
