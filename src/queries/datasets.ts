/** Queries of the open data (/data/): the datasets. */
import { getCollection } from 'astro:content';
import { hasData, type Dataset } from '../lib/open-data/datasets.ts';
import { feeAdjustmentsDataset } from '../lib/open-data/fee-adjustments.ts';
import { indicatorsDataset } from '../lib/open-data/indicators.ts';
import { kindergartensDataset } from '../lib/open-data/kindergartens.ts';
import { reportsDataset } from '../lib/open-data/reports.ts';
import { targetsDataset } from '../lib/open-data/targets.ts';
import { getKindergartens } from './kindergartens.ts';
import { once } from './once.ts';
import { getIndicators, getPlan } from './progress.ts';
import { getFeeConfig, getSite, getWords } from './site.ts';

/**
 * The open datasets of /data/ (src/lib/open-data/), in page order; served as /data/sets/<id>.csv and .json
 * from this same list, so the page, the CSV and the JSON always agree. Computed once per build.
 */
export const getDatasets = once(async (): Promise<Dataset[]> => {
  const [site, words, { tasks, targets, reports }, policyEntries, kgs, fees, { indicators }] = await Promise.all([
    getSite(), getWords(), getPlan(), getCollection('policies'), getKindergartens(), getFeeConfig(), getIndicators(),
  ]);
  const policies = Object.fromEntries(policyEntries.map((p) => [p.id, { title: p.data.title, writtenOn: p.data.writtenOn }]));
  return [
    targetsDataset(targets, tasks, policies),
    reportsDataset(reports, targets, tasks, site.bureau),
    kindergartensDataset(kgs, words.subdivision),
    feeAdjustmentsDataset(kgs, fees.adjustments?.docNumber, words.plan),
    indicatorsDataset(indicators),
  ];
});

/** The routes of /data/sets/<id>.csv and .json: one per dataset with rows (a dataset without rows has no files). */
export async function getDatasetRoutes(): Promise<{ params: { dataset: string }; props: { dataset: Dataset } }[]> {
  return (await getDatasets()).filter(hasData).map((dataset) => ({ params: { dataset: dataset.id }, props: { dataset } }));
}
