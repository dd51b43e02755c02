// Draws each chart on the page from its canvas's data-chart attribute (computed at build time from the
// table), once it comes near the screen and the main thread is idle: the headline and the tables come first,
// chart.js (~50 KB) is fetched only then, only on pages with a chart, with only the parts these charts use.
// The chart's box is reserved by CSS from the first paint, so drawing moves nothing. Labels follow 大字模式.
import { shortLabel, type ChartData } from '../lib/core/figure.ts';

type ChartModule = typeof import('./chart-setup.ts');
const canvases = [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')];
const drawn: { update: () => void }[] = [];
let chartJs: Promise<ChartModule> | undefined;

// Chart text at the page's own size: 14 px beside 16 px body text, 17.5 px in 大字模式 (20 px).
function fontSize(): number {
  return Math.round(parseFloat(getComputedStyle(document.body).fontSize) * 0.875 * 2) / 2;
}

function loadChartJs(): Promise<ChartModule> {
  chartJs ??= import('./chart-setup.ts').then((m) => {
    const css = getComputedStyle(document.documentElement);
    m.Chart.defaults.font.family = css.fontFamily;
    m.Chart.defaults.font.size = fontSize();
    m.Chart.defaults.color = '#1a1a1a';
    return m;
  });
  return chartJs;
}

// Colour-blind-safe pair with 3:1 contrast on white; series are also told apart by the legend and the table.
const colours = ['#0b4f9c', '#c4610a', '#1b6b2a', '#7a3e9d'];

async function draw(canvas: HTMLCanvasElement) {
  const { Chart } = await loadChartJs();
  canvas.closest<HTMLElement>('[data-chart-box]')?.removeAttribute('hidden');
  const data = JSON.parse(canvas.dataset.chart ?? '{}') as ChartData;
  const horizontal = data.kind === 'hbar';
  const unit = data.unit ? `（${data.unit}）` : '';
  const chart = new Chart(canvas, {
    type: data.kind === 'line' ? 'line' : 'bar',
    data: {
      labels: data.labels,
      datasets: data.datasets.map((d, i) => ({
        label: d.label,
        data: d.data,
        backgroundColor: colours[i % colours.length],
        borderColor: colours[i % colours.length],
        spanGaps: true,
      })),
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      maintainAspectRatio: false,
      animation: false,
      scales: {
        [horizontal ? 'x' : 'y']: { beginAtZero: true, stacked: data.stacked, title: { display: Boolean(unit), text: unit } },
        [horizontal ? 'y' : 'x']: {
          stacked: data.stacked,
          // Long names would push the bars off a phone screen; the table below has them in full.
          ...(horizontal ? { ticks: { callback: (v: string | number) => shortLabel(data.labels[Number(v)] ?? '', canvas.clientWidth < 480 ? 9 : 18) } } : {}),
        },
      },
      plugins: { legend: { position: 'bottom' } },
    },
  });
  drawn.push(chart);
  // The text size the chart was drawn with, for tests and for reading back (大字模式 changes it).
  canvas.dataset.fontSize = String(Chart.defaults.font.size);
}

function drawSafely(canvas: HTMLCanvasElement) {
  draw(canvas).catch((e) => {
    // The table below already holds every number; a failed chart leaves the page complete.
    console.warn('图表未能绘制', e);
  });
}

// When the main thread is idle (WebKit, and so iPhone WeChat, has no requestIdleCallback: a short delay instead).
const whenIdle = (fn: () => void): void => {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(fn, { timeout: 2000 });
  else setTimeout(fn, 200);
};

if (canvases.length) {
  if ('IntersectionObserver' in window) {
    const seen = new IntersectionObserver((entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        seen.unobserve(e.target);
        const canvas = e.target.querySelector<HTMLCanvasElement>('canvas[data-chart]');
        if (canvas) whenIdle(() => drawSafely(canvas));
      }
    }, { rootMargin: '300px 0px' });
    for (const c of canvases) seen.observe(c.closest('[data-chart-box]') ?? c);
  } else {
    whenIdle(() => canvases.forEach(drawSafely));
  }
  // 大字模式 switched on this page: the charts' text follows.
  document.querySelector<HTMLInputElement>('[data-dazi-toggle]')?.addEventListener('change', () => {
    // dazi.ts sets <html data-dazi> in its own listener; read the size after it.
    requestAnimationFrame(() => {
      if (!chartJs) return;
      void chartJs.then(({ Chart }) => {
        Chart.defaults.font.size = fontSize();
        drawn.forEach((c) => c.update());
        canvases.forEach((c) => {
          if (c.dataset.fontSize) c.dataset.fontSize = String(Chart.defaults.font.size);
        });
      });
    });
  });
}
