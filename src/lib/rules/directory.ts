/**
 * Cross-file rules of the single directory files: content/streets.json, content/kindergarten-types.json and
 * content/fees.json (unique ids and names, policy references, the adjustment plan against the kindergartens). Pure.
 */
import type { KindergartenTypesData, StreetsData } from '../../schemas/directory.ts';
import type { FeeConfig } from '../../schemas/fees.ts';
import type { KindergartenData } from '../../schemas/kindergarten.ts';
import type { ValidEntry } from '../content/validate.ts';
import { checkPolicyRef, policySlugs, repeats, single, type CrossCheck } from './cross-checks.ts';

/** content/streets.json: ids and names are unique. */
export const checkStreets: CrossCheck = (entries, f) => {
  const streets = single<StreetsData>(entries, 'streets');
  if (streets) {
    const list = streets.data.streets;
    for (const r of repeats(list, (s) => s.id)) f.add(streets.path, `streets[${r.index}].id`, '街道/乡镇网址名', `“${r.value}”与第 ${r.first + 1} 个街道/乡镇重复。`, '每个街道/乡镇的 id 必须不同，它会出现在筛选网址中。');
    for (const r of repeats(list, (s) => s.name)) f.add(streets.path, `streets[${r.index}].name`, '街道/乡镇名称', `“${r.value}”与第 ${r.first + 1} 个街道/乡镇重复。`, '删除重复的一项。');
  }
};

/** content/kindergarten-types.json: ids and names are unique. */
export const checkKindergartenTypes: CrossCheck = (entries, f) => {
  const types = single<KindergartenTypesData>(entries, 'kindergartenTypes');
  if (types) {
    const list = types.data.types;
    for (const r of repeats(list, (t) => t.id)) f.add(types.path, `types[${r.index}].id`, '类型网址名', `“${r.value}”与第 ${r.first + 1} 个类型重复。`, '每个类型的 id 必须不同，它会出现在筛选网址中。');
    for (const r of repeats(list, (t) => t.name)) f.add(types.path, `types[${r.index}].name`, '类型名称', `“${r.value}”与第 ${r.first + 1} 个类型重复。`, '删除重复的一项。');
  }
};

/** content/fees.json: documents unique by id and 文号, policy references exist, the adjustment's document is listed. */
export const checkFeeDocuments: CrossCheck = (entries, f) => {
  const fees = single<FeeConfig>(entries, 'feeConfig');
  if (fees) {
    const policies = policySlugs(entries);
    const ref = (field: string, slug: string) => checkPolicyRef(f, policies, fees.path, field, '出处文件', slug);
    const docs = fees.data.documents;
    for (const r of repeats(docs, (d) => d.id)) f.add(fees.path, `documents[${r.index}].id`, '收费依据·网址名', `“${r.value}”与第 ${r.first + 1} 个文件重复。`, '每个文件的 id 必须不同，它是收费页上的锚点。');
    for (const r of repeats(docs, (d) => d.docNumber)) f.add(fees.path, `documents[${r.index}].docNumber`, '收费依据·文号', `“${r.value}”与第 ${r.first + 1} 个文件重复。`, '同一文件只列一次。');
    fees.data.rules.forEach((r, i) => ref(`rules[${i}].source.policy`, r.source.policy));
    docs.forEach((d, i) => {
      ref(`documents[${i}].policy`, d.policy);
      d.citedIn.forEach((c, j) => ref(`documents[${i}].citedIn[${j}].policy`, c.policy));
    });
    if (fees.data.meals) ref('meals.source.policy', fees.data.meals.source.policy);
    const adj = fees.data.adjustments;
    if (adj) {
      ref('adjustments.source.policy', adj.source.policy);
      if (!docs.some((d) => d.docNumber === adj.docNumber)) {
        f.add(fees.path, 'adjustments.docNumber', '收费调整·文号', `“${adj.docNumber}”不在收费依据文件（documents）中。`, '先在 documents 中登记这个文件（文号、标题），再在这里引用。');
      }
    }
  }
};

/** fees.json's adjustments: the number of kindergartens that record the adjustment matches the plan (a warning). */
export const checkFeeAdjustmentCount: CrossCheck = (entries, f) => {
  const fees = single<FeeConfig>(entries, 'feeConfig');
  const adj = fees?.data.adjustments;
  const kgs = (entries.kindergartens ?? []) as ValidEntry<KindergartenData>[];
  if (!fees || !adj || !kgs.length) return;
  const n = kgs.filter((k) => k.data.fees.history.some((c) => c.docNumber === adj.docNumber)).length;
  if (n !== adj.expected) f.warn(fees.path, `按${adj.docNumber}应调整 ${adj.expected} 所幼儿园的收费，幼儿园文件中记录了 ${n} 所。调整记录写在每所幼儿园文件（kindergartens/<编号>.json）的 fees.history 中：调整前、调整后、执行日期和文号“${adj.docNumber}”；应调整的园数写错了就改正 fees.json 的 adjustments.expected。`);
};
