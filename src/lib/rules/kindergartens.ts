/**
 * Cross-file rules of the kindergarten files: one function per rule, each registered in contentRules(). Each
 * problem names the file, the field and the fix; errors stop the build, warnings (e.g. over the class-size
 * standard) are printed. Pure.
 */
import type { KindergartenTypesData, StreetsData } from '../../schemas/directory.ts';
import type { FeeConfig } from '../../schemas/fees.ts';
import { CLASS_LEVELS, KG_STATUSES, type KindergartenData } from '../../schemas/kindergarten.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import { didYouMean } from '../content/errors.ts';
import { nameKey } from '../content/invisible.ts';
import { checkPolicyRef, policySlugs, repeats, single, type AllEntries, type CrossCheck, type Findings } from './cross-checks.ts';
import { lastChange, overCap, sameTuition, tuitionSummary } from '../kindergartens/fees.ts';
import { isCounted } from '../kindergartens/kindergarten.ts';
import { CLASS_SIZE_STANDARD, classesText, standardCapacity } from '../kindergartens/seats.ts';
import type { ValidEntry } from '../content/validate.ts';

/** `content/` as staff see it, derived from a kindergarten file's path (content/kindergartens/x.json → content/). */
function contentRoot(kgPath: string): string {
  return kgPath.replace(/kindergartens\/[^/]+$/, '');
}

const yuan = (n: number) => `${n} 元/月`;

/** The kindergartens and the lists their rules look them up in. */
interface KgWorld {
  kgs: ValidEntry<KindergartenData>[];
  /** `content/` as staff see it (for files that are missing). */
  root: string;
  streetsFile?: ValidEntry<StreetsData>;
  typesFile?: ValidEntry<KindergartenTypesData>;
  feesFile?: ValidEntry<FeeConfig>;
  streets: StreetsData['streets'];
  types: KindergartenTypesData['types'];
  docs: FeeConfig['documents'];
}

function kgWorld(entries: AllEntries): KgWorld | undefined {
  const kgs = (entries.kindergartens ?? []) as ValidEntry<KindergartenData>[];
  const first = kgs[0];
  if (!first) return undefined;
  const streetsFile = single<StreetsData>(entries, 'streets');
  const typesFile = single<KindergartenTypesData>(entries, 'kindergartenTypes');
  const feesFile = single<FeeConfig>(entries, 'feeConfig');
  return {
    kgs,
    root: contentRoot(first.path),
    streetsFile,
    typesFile,
    feesFile,
    streets: streetsFile?.data.streets ?? [],
    types: typesFile?.data.types ?? [],
    docs: feesFile?.data.documents ?? [],
  };
}

/** A rule applied to each kindergarten file in turn (nothing to check without kindergartens). */
function eachKindergarten(rule: (kg: ValidEntry<KindergartenData>, w: KgWorld, f: Findings, entries: AllEntries) => void): CrossCheck {
  return (entries, f) => {
    const w = kgWorld(entries);
    if (w) for (const kg of w.kgs) rule(kg, w, f, entries);
  };
}

/** The file name is the kindergarten's address (printed on QR codes): one file per name. */
export const checkKindergartenIds: CrossCheck = (entries, f) => {
  const ids = new Map<string, string>();
  for (const kg of (entries.kindergartens ?? []) as ValidEntry<KindergartenData>[]) {
    const idOwner = ids.get(kg.id);
    if (idOwner) f.add(kg.path, '（文件名）', '', `网址名“${kg.id}”与 ${idOwner} 重复。`, '每所幼儿园的文件名（网址名）必须唯一；它印在二维码上，已发布的不要改，给新的幼儿园另起一个。');
    else ids.set(kg.id, kg.path);
  }
};

/** Names and short names identify a kindergarten for parents and for search: each belongs to one file. */
export const checkKindergartenNames: CrossCheck = (entries, f) => {
  const owners = new Map<string, { path: string; id: string; value: string }>();
  for (const kg of (entries.kindergartens ?? []) as ValidEntry<KindergartenData>[]) {
    const names = [{ field: 'name', label: '全称', value: kg.data.name }, ...kg.data.shortNames.map((s, i) => ({ field: `shortNames[${i}]`, label: '简称', value: s }))];
    const own = new Set<string>();
    for (const n of names) {
      // Compared as readers see them: full-width letters, spaces and invisible characters do not make a new name.
      const key = nameKey(n.value);
      if (own.has(key)) continue;
      own.add(key);
      const o = owners.get(key);
      if (o && o.id !== kg.id) {
        f.add(kg.path, n.field, n.label, `“${n.value}”已被 ${o.path} 使用${o.value === n.value ? '' : `（“${o.value}”，只差全角/半角、空格或看不见的字符）`}。`, '每所幼儿园的全称和简称都必须唯一：同一所幼儿园只留一个文件；不同的幼儿园改用能区分的名称。');
      } else owners.set(key, { path: kg.path, id: kg.id, value: n.value });
    }
  }
};

/** The type is one of content/kindergarten-types.json. */
export const checkKindergartenType = eachKindergarten(({ data: d, path: p }, { types, typesFile, root }, f) => {
  if (types.some((t) => t.name === d.type)) return;
  if (!typesFile) f.add(p, 'type', '类型', `“${d.type}”无法核对：找不到 ${root}kindergarten-types.json。`, '从仓库复制 content/kindergarten-types.json，列出本地区的幼儿园类型。');
  else f.add(p, 'type', '类型', `“${d.type}”不在 ${typesFile.path} 中。`, `${didYouMean(d.type, types.map((t) => t.name))}只能写 ${types.map((t) => t.name).join('、')} 之一；新的类型先加到 ${typesFile.path}。`);
});

/** The street is one of content/streets.json. */
export const checkKindergartenStreet = eachKindergarten(({ data: d, path: p }, { streets, streetsFile, root }, f) => {
  if (streets.some((s) => s.name === d.street)) return;
  if (!streetsFile) f.add(p, 'street', '街道/乡镇', `“${d.street}”无法核对：找不到 ${root}streets.json。`, '新建 content/streets.json，列出本地区的街道/乡镇。');
  else f.add(p, 'street', '街道/乡镇', `“${d.street}”不在 ${streetsFile.path} 中。`, `${didYouMean(d.street, streets.map((s) => s.name))}写 ${streetsFile.path} 中已有的名称；确实是新的街道/乡镇就先加到该文件。`);
});

/** Honesty rule: a record resting on a sample street is itself sample data. */
export const checkKindergartenSampleStreet = eachKindergarten(({ data: d, path: p }, { streets }, f) => {
  const street = streets.find((s) => s.name === d.street);
  if (!d.sample && street?.sample) {
    f.add(p, 'sample', '示例数据标记', `街道/乡镇“${street.name}”是示例数据，本园记录却没有标记为示例数据。`, '加上 "sample": true；或改用真实的名称（并在列表中去掉它的 sample）。');
  }
});

/** Fee documents: every 文号 cited is registered in fees.json, and a record citing a sample document is sample. */
export const checkKindergartenFeeDocuments = eachKindergarten(({ data: d, path: p }, { docs, feesFile, root }, f) => {
  const cite = (field: string, label: string, docNumber: string) => {
    const doc = docs.find((x) => x.docNumber === docNumber);
    if (!doc) {
      f.add(p, field, label, `“${docNumber}”不在收费依据文件列表${feesFile ? `（${feesFile.path} 的 documents）` : `（${root}fees.json）`}中。`, `${didYouMean(docNumber, docs.map((x) => x.docNumber))}文号要和列表中完全一致；新的文件先登记到 ${feesFile?.path ?? `${root}fees.json`} 的 documents（文号、标题）。`);
    } else if (doc.sample && !d.sample) {
      f.add(p, field, label, `收费依据“${docNumber}”是示例数据，本园记录却没有标记为示例数据。`, '加上 "sample": true；或改用真实的收费文件。');
    }
  };
  if (d.fees.basis) cite('fees.basis.docNumber', '收费依据·文号', d.fees.basis.docNumber);
  d.fees.history.forEach((c, i) => cite(`fees.history[${i}].docNumber`, '调整记录·文号', c.docNumber));
});

/**
 * 公办 fees are set by the government (政府定价): a cap not published is said as 未公布 on the page. A
 * warning, since inventing one would be worse.
 */
export const checkKindergartenCapGiven = eachKindergarten(({ data: d, path: p }, { types }, f) => {
  const type = types.find((t) => t.name === d.type);
  if (type?.category === '公办' && d.fees.cap === undefined && d.fees.tuition && isCounted(d)) {
    f.warn(p, `没有填写核定收费上限（fees.cap）：“${type.name}”是公办幼儿园，收费实行政府定价，页面上的核定保教费上限显示“未公布”。有收费文件核定的上限时，在 fees 中加上 "cap": 金额（元/月）。`);
  }
});

/** No 保教费 above the declared cap. */
export const checkKindergartenOverCap = eachKindergarten(({ data: d, path: p }, _w, f) => {
  const { cap, tuition } = d.fees;
  for (const i of overCap(tuition, cap)) {
    const t = tuition?.[i];
    // overCap returns indices of lines above a cap that exists; the guard only tells TypeScript so.
    if (t === undefined || cap === undefined) continue;
    f.add(p, `fees.tuition[${i}].amount`, '保教费·金额', `${t.level}保教费 ${yuan(t.amount)} 高于核定收费上限（fees.cap）${yuan(cap)}。`, '按收费文件改正保教费；上限确已调整时，改 fees.cap 并在 fees.history 中记录这次调整（调整前、调整后、执行日期、文号）。');
  }
});

/** 保教费 levels: one fee for all (全部), or one per level, each level once, every level with classes priced. */
export const checkKindergartenTuitionLevels = eachKindergarten(({ data: d, path: p }, _w, f) => {
  const tuition = d.fees.tuition;
  const levels = (tuition ?? []).map((t) => t.level);
  for (const r of repeats(tuition ?? [], (t) => t.level)) {
    f.add(p, `fees.tuition[${r.index}].level`, '保教费·班级', `“${r.value}”的保教费写了两次。`, '每个班级只写一项保教费，删除重复的一项。');
  }
  if (levels.includes('全部') && levels.length > 1 && new Set(levels).size > 1) {
    f.add(p, 'fees.tuition', '保教费', '保教费同时写了“全部”和分班级的金额，不知道以哪个为准。', '各班级收费相同时只写一项 {"level": "全部", …}；不同时删去“全部”，按小班、中班、大班、混龄分别写。');
  } else if (tuition && !levels.includes('全部')) {
    const missing = CLASS_LEVELS.filter((l) => (d.classes[l] ?? 0) > 0 && !levels.includes(l));
    if (missing.length) {
      f.add(p, 'fees.tuition', '保教费', `本园有${missing.join('、')}，但保教费中没有${missing.join('、')}的金额。`, `为${missing.join('、')}各加一项保教费，或各班级收费相同时改写为一项 {"level": "全部", …}。`);
    }
  }
});

/** Fee history: one change per date. */
export const checkKindergartenFeeHistory = eachKindergarten(({ data: d, path: p }, _w, f) => {
  for (const r of repeats(d.fees.history, (c) => c.effectiveOn)) {
    f.add(p, `fees.history[${r.index}].effectiveOn`, '调整记录·执行日期', `${r.value} 有两条调整记录（第 ${r.first + 1} 条和第 ${r.index + 1} 条）。`, '同一天的调整合并为一条（调整前、调整后写全部班级），或改正其中一条的执行日期。');
  }
});

/** The newest change is the current fee, and the fee basis is not older than it. */
export const checkKindergartenCurrentFee = eachKindergarten(({ data: d, path: p }, _w, f) => {
  const last = lastChange(d.fees.history);
  if (!last) return;
  const tuition = d.fees.tuition;
  if (tuition && !sameTuition(last.after, tuition)) {
    f.add(p, 'fees.tuition', '保教费', `现行保教费（${tuitionSummary(tuition)}）与最近一次调整（${last.effectiveOn}）后的金额（${tuitionSummary(last.after)}）不一致。`, '现行保教费应等于最近一次调整的“调整后”金额：改正 fees.tuition，或补上后来的调整记录。');
  }
  if (d.fees.basis && last.effectiveOn > d.fees.basis.effectiveOn) {
    f.add(p, 'fees.basis.effectiveOn', '收费依据·执行日期', `收费依据的执行日期 ${d.fees.basis.effectiveOn} 早于最近一次调整（${last.effectiveOn}）。`, `收费依据写现行收费的文件和执行日期：改为最近一次调整的文号“${last.docNumber}”和日期 ${last.effectiveOn}。`);
  }
});

/** Children enrolled are within the approved capacity. */
export const checkKindergartenEnrolled = eachKindergarten(({ data: d, path: p }, _w, f) => {
  if (d.enrolled > d.capacity) {
    f.add(p, 'enrolled', '在园幼儿数', `${d.enrolled} 超过核定学位数（capacity）${d.capacity}。`, '核对两个数字：在园幼儿数不能超过核定学位数；确实超员的，先按规定核增学位再更新 capacity。');
  }
});

/** The approved capacity fits the classes at the class-size standard (a warning). */
export const checkKindergartenClassSize = eachKindergarten(({ data: d, path: p }, _w, f) => {
  const std = standardCapacity(d.classes);
  if (d.capacity > std) {
    f.warn(p, `核定学位数 ${d.capacity} 超过班额标准：${classesText(d.classes)}按班额标准（${CLASS_LEVELS.map((l) => `${l} ${CLASS_SIZE_STANDARD[l]} 人`).join('、')}）只能容纳 ${std} 人。请核对 classes 和 capacity。`);
  }
});

/** A 学位项目 cites a policy page; its target, once targets exist, is one of them (a warning). */
export const checkKindergartenProject = eachKindergarten(({ data: d, path: p }, _w, f, entries) => {
  if (!d.project) return;
  checkPolicyRef(f, policySlugs(entries), p, 'project.source.policy', '学位项目·出处', d.project.source.policy);
  const targets = new Set((entries.targets ?? []).map((t) => t.id));
  if (d.project.target && targets.size > 0 && !targets.has(d.project.target)) {
    f.warn(p, `学位项目的目标编号“${d.project.target}”不在 content/targets/ 中，学位页只显示计划数字、不显示进展。`);
  }
});

/**
 * What the published pages need from the site config once kindergartens exist: the public address (the QR
 * codes encode it; without it pages show a note instead of a wrong code) and the fee complaint phone (poster).
 * `siteUrlOverride` is the SITE_URL the build uses instead of site.json's siteUrl.
 */
export function publishingChecks(siteUrlOverride: string | undefined): CrossCheck {
  return (entries, f) => {
    const site = single<SiteConfig>(entries, 'site');
    if (!site || !(entries.kindergartens ?? []).length) return;
    if (!(siteUrlOverride || site.data.siteUrl)) {
      f.warn(site.path, `没有填写网站网址（siteUrl），幼儿园页面和收费公示不显示二维码（显示提示文字）。填写正式网址（https:// 开头）后重新生成。`);
    }
    if (!site.data.contact.complaintPhone) {
      f.warn(site.path, `没有填写收费投诉电话（contact.complaintPhone），收费页和收费公示不写投诉电话（填写了服务热线 contact.hotline 时写服务热线）。有投诉电话后填写并重新生成。`);
    }
  };
}

/*
 * States of a kindergarten (已停办, 暂停招生, 新建未开园): the fields agree with each other and with the
 * 信息核对日期, so a page never says a kindergarten is closed before it was, or not yet open after it opened.
 */

/** 已停办: closedOn excludes a status, is not after asOf; a closed kindergarten's fees and note. */
export const checkKindergartenClosed = eachKindergarten(({ data: d, path: p }, _w, f) => {
  if (d.closedOn) {
    if (d.status) {
      f.add(p, 'status', '办园状态', `写了停办日期（closedOn）${d.closedOn}，又写了办园状态“${d.status}”，不知道以哪个为准。`, '已停办的幼儿园删去 status（和 statusNote）；仍在办的删去 closedOn。');
    }
    if (d.closedOn > d.asOf) {
      f.add(p, 'closedOn', '停办日期', `${d.closedOn} 晚于信息核对日期（asOf）${d.asOf}：还没有停办的幼儿园不能写停办日期。`, '幼儿园停办后再写 closedOn，并把 asOf 改为核对停办的日期；停办日期写错的，改正它。');
    }
    if (d.fees.tuition || d.fees.meals) {
      f.warn(p, `已停办（closedOn ${d.closedOn}），页面不再显示收费，但 fees 中仍写着保教费或伙食费。可删去 fees 中的 tuition、meals、basis、cap（调整记录 history 可以保留）。`);
    }
  } else if (d.closedNote) {
    f.add(p, 'closedNote', '停办说明', '写了停办说明，但没有停办日期（closedOn）。', '已停办的幼儿园加上 "closedOn": "YYYY-MM-DD"；仍在办的删去 closedNote。');
  }
});

/** 新建未开园: opensOn only with that status, still in the future, and no children enrolled yet. */
export const checkKindergartenOpening = eachKindergarten(({ data: d, path: p }, _w, f) => {
  if (d.opensOn && d.status !== '新建未开园') {
    f.add(p, 'opensOn', '计划开园日期', `只有办园状态（status）是“新建未开园”时才写计划开园日期，本园${d.status ? `的状态是“${d.status}”` : '没有写办园状态（正常办园）'}。`, '已开园的删去 opensOn；还没开园的加上 "status": "新建未开园"。');
  }
  if (d.status === '新建未开园' && !d.closedOn) {
    if (d.opensOn && d.opensOn <= d.asOf) {
      f.add(p, 'opensOn', '计划开园日期', `${d.opensOn} 不晚于信息核对日期（asOf）${d.asOf}，办园状态却仍是“新建未开园”。`, '已开园的，删去 status 和 opensOn，填写开园后的班级、在园幼儿和收费；推迟开园的，把 opensOn 改为新的计划日期，并更新 asOf。');
    }
    if (d.enrolled > 0) {
      f.add(p, 'enrolled', '在园幼儿数', `${d.enrolled}：办园状态是“新建未开园”，还不会有在园幼儿。`, '还没开园时写 0；已开园的删去 status 和 opensOn。');
    }
  }
});

/** A statusNote explains a status: not without one. */
export const checkKindergartenStatusNote = eachKindergarten(({ data: d, path: p }, _w, f) => {
  if (d.statusNote && !d.status) {
    f.add(p, 'statusNote', '状态说明', '写了状态说明，但没有办园状态（status）。', `加上 "status"（${KG_STATUSES.join(' 或 ')}）；正常办园的删去 statusNote。`);
  }
});

/** Kindergarten files committed in git (HEAD), with their folder as staff see it (content/kindergartens/). */
export interface CommittedKindergartens {
  ids: readonly string[];
  dir: string;
}

/**
 * Kindergarten files committed in git (HEAD) but deleted from the working folder: their published addresses
 * (printed on QR posters) would break. A warning, not an error: deleting stays possible, `closedOn` is the way.
 */
export function checkDeletedKindergartens(committed: CommittedKindergartens | undefined): CrossCheck {
  return (entries, f) => {
    if (!committed) return;
    const present = new Set((entries.kindergartens ?? []).map((e) => e.id));
    const dir = committed.dir;
    for (const id of committed.ids.filter((i) => !present.has(i))) {
      f.warn(`${dir}${id}.json`, `这个已提交的幼儿园文件被删除了，已发布的网址 /kindergartens/${id}/（印在二维码和收费公示上）将无法打开。幼儿园停办时不要删除文件：恢复它（git checkout HEAD -- ${dir}${id}.json），加上 "closedOn": "YYYY-MM-DD"（停办日期），页面会保留并显示“已停办”。`);
    }
  };
}
