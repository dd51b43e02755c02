/** Queries of the site-wide files: site.json, streets, kindergarten types, fees.json, enrollment.json, and the words about the place. */
import { getCollection, getEntry } from 'astro:content';
import type { SiteConfig } from '../schemas/site.ts';
import type { KindergartenType, Street } from '../schemas/directory.ts';
import type { FeeConfig } from '../schemas/fees.ts';
import type { EnrollmentData } from '../schemas/enrollment.ts';
import { deriveWords, citedPolicy, type Words } from '../lib/core/words.ts';
import { once } from './once.ts';

/** The validated site config (content/site.json). */
export async function getSite(): Promise<SiteConfig> {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('缺少 content/site.json');
  return entry.data;
}

/**
 * The words pages use about the place, derived from content (see src/lib/core/words.ts): region word (全区/全县 …),
 * subdivision words (街道, 镇（乡） …) and the plan's short name. Computed once per build.
 */
export const getWords = once(async (): Promise<Words> => {
  const [site, streetsEntry, targets, policies] = await Promise.all([
    getSite(), getEntry('streets', 'streets'), getCollection('targets'), getCollection('policies'),
  ]);
  const slug = citedPolicy(targets.map((t) => t.data.source.policy));
  const planTitle = policies.find((p) => p.id === slug)?.data.title;
  return deriveWords({
    site,
    streets: streetsEntry?.data.streets ?? [],
    streetsWord: streetsEntry?.data.word ?? '',
    ...(planTitle ? { planTitle } : {}),
  });
});

/** The district's streets (content/streets.json), in display order; empty when the file is missing. */
export async function getStreets(): Promise<Street[]> {
  return (await getEntry('streets', 'streets'))?.data.streets ?? [];
}

/** The district's kindergarten types (content/kindergarten-types.json), in display order. */
export async function getKindergartenTypes(): Promise<KindergartenType[]> {
  return (await getEntry('kindergartenTypes', 'kindergartenTypes'))?.data.types ?? [];
}

/** Fee rules, basis documents and the unified meal fee standard (content/fees.json). */
export async function getFeeConfig(): Promise<FeeConfig> {
  return (await getEntry('feeConfig', 'feeConfig'))?.data ?? { rules: [], documents: [], sample: false, sampleNote: '' };
}

/** The county's enrolment (content/enrollment.json), or undefined when the file is absent (the page then says so). */
export async function getEnrollment(): Promise<EnrollmentData | undefined> {
  return (await getEntry('enrollment', 'enrollment'))?.data;
}
