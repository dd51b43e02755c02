// One CSV per open dataset (/data/sets/<id>.csv), the same rows as its JSON; a dataset without rows has none.
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetCsv, type Dataset } from '../../../lib/open-data/datasets.ts';
import { getDatasetRoutes } from '../../../queries.ts';

export const getStaticPaths = getDatasetRoutes satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { dataset } = props as { dataset: Dataset };
  return new Response(datasetCsv(dataset), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
