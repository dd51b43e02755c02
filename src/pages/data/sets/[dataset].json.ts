// One JSON per open dataset (/data/sets/<id>.json): metadata and the same rows as its CSV; none without rows.
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetJson, type Dataset } from '../../../lib/open-data/datasets.ts';
import { getDatasetRoutes } from '../../../queries.ts';

export const getStaticPaths = getDatasetRoutes satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { dataset } = props as { dataset: Dataset };
  return new Response(datasetJson(dataset), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
