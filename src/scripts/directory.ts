// Directory filters and sort. The table is complete without this script; it reads the view from the query
// string (?type=…&street=…&sort=…), applies it, and writes every change back, so each view is a shareable URL.
import { compareRows, describeView, parseState, rowMatches, stateQuery, type DirRow, type DirState, type SortKey } from '../lib/kindergartens/directory-filter.ts';

const form = document.querySelector<HTMLFormElement>('[data-dir-form]');
const table = document.querySelector<HTMLTableElement>('[data-dir-table]');
const tbody = table?.tBodies[0];

if (form && tbody) {
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
  const [typeSel, streetSel, sortSel] = [select('type'), select('street'), select('sort')];
  const status = document.querySelector<HTMLElement>('[data-dir-status]');
  const empty = document.querySelector<HTMLElement>('[data-dir-empty]');
  const streetNav = document.querySelector<HTMLElement>('[data-dir-streets]');
  // Default order = document order: street header rows followed by their kindergartens.
  const original = [...tbody.rows];
  const rows = original
    .filter((el) => el.dataset.kg)
    .map((el) => {
      const d = el.dataset;
      const row: DirRow = { type: d.type ?? '', street: d.street ?? '', fee: d.fee === undefined ? undefined : Number(d.fee), feeMax: d.feeMax === undefined ? undefined : Number(d.feeMax), total: d.total === undefined ? undefined : Number(d.total), free: Number(d.free), order: Number(d.order) };
      return { el, row };
    });
  const known = {
    types: [...typeSel.options].map((o) => o.value).filter(Boolean),
    streets: [...streetSel.options].map((o) => o.value).filter(Boolean),
  };
  const label = (sel: HTMLSelectElement, value: string) => [...sel.options].find((o) => o.value === value)?.text;

  const apply = (state: DirState) => {
    typeSel.value = state.type;
    streetSel.value = state.street;
    sortSel.value = state.sort;
    for (const r of rows) r.el.hidden = !rowMatches(r.row, state);
    if (state.sort === 'street') {
      tbody.append(...original);
      for (const g of original.filter((el) => el.dataset.group)) {
        g.hidden = !rows.some((r) => !r.el.hidden && r.row.street === g.dataset.group);
      }
    } else {
      for (const g of original.filter((el) => el.dataset.group)) g.hidden = true;
      tbody.append(...[...rows].sort((a, b) => compareRows(state.sort)(a.row, b.row)).map((r) => r.el));
    }
    const shown = rows.filter((r) => !r.el.hidden).length;
    if (status) status.textContent = describeView(shown, rows.length, state, { type: label(typeSel, state.type), street: label(streetSel, state.street), sort: label(sortSel, state.sort) ?? '' });
    if (empty) empty.hidden = shown > 0;
    if (streetNav) streetNav.hidden = state.sort !== 'street' || Boolean(state.type || state.street);
  };

  const fromForm = (): DirState => ({ type: typeSel.value, street: streetSel.value, sort: sortSel.value as SortKey });
  const update = () => {
    const state = fromForm();
    apply(state);
    history.replaceState(null, '', `${location.pathname}${stateQuery(state)}${location.hash}`);
  };

  form.hidden = false;
  apply(parseState(location.search, known));
  form.addEventListener('change', update);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    update();
  });
}
