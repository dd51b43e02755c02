// One CSV per figure of the site, generated from the same table the page shows; a figure without rows has none.
import type { APIRoute, GetStaticPaths } from 'astro';
import { hasRows, toCsv, type Figure } from '../../lib/core/figure.ts';
import { getFigures } from '../../queries.ts';

export const getStaticPaths = (async () => {
  const figures = await getFigures();
  return figures.filter(hasRows).map((figure) => ({ params: { id: figure.id }, props: { figure } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { figure } = props as { figure: Figure };
  return new Response(toCsv(figure.table), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
