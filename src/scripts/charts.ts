// Draws every chart on the page from its canvas's data-chart attribute (computed at build time from the
// table). chart.js is fetched only here, only on pages with a chart, with only the parts these charts use.
import { shortLabel, type ChartData } from '../lib/core/figure.ts';

const canvases = [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')];

async function draw() {
  const { Chart } = await import('./chart-setup.ts');
  const css = getComputedStyle(document.documentElement);
  Chart.defaults.font.family = css.fontFamily;
  Chart.defaults.font.size = 14;
  Chart.defaults.color = '#1a1a1a';
  // Colour-blind-safe pair with 3:1 contrast on white; series are also told apart by the legend and the table.
  const colours = ['#0b4f9c', '#c4610a', '#1b6b2a', '#7a3e9d'];
  for (const canvas of canvases) {
    const box = canvas.closest<HTMLElement>('[data-chart-box]');
    if (box) {
      box.style.height = `${box.dataset.height ?? 260}px`;
      box.removeAttribute('hidden');
    }
    const data = JSON.parse(canvas.dataset.chart ?? '{}') as ChartData;
    const horizontal = data.kind === 'hbar';
    const unit = data.unit ? `（${data.unit}）` : '';
    new Chart(canvas, {
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
  }
}

if (canvases.length) {
  draw().catch((e) => {
    // The table below already holds every number; a failed chart leaves the page complete.
    console.warn('图表未能绘制', e);
  });
}
