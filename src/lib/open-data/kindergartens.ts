/** The 幼儿园（收费与学位） dataset (/data/sets/kindergartens.csv|json). Pure. */
import { latestDate } from '../core/format.ts';
import { isSample } from '../core/sample.ts';
import { offersSeats, type Kindergarten } from '../kindergartens/kindergarten.ts';
import { freeSeats } from '../kindergartens/seats.ts';
import { CLASS_LEVELS, kindergartenLabels, TUITION_LEVELS } from '../../schemas/kindergarten.ts';
import { kindergartenTypesLabels } from '../../schemas/directory.ts';
import type { Dataset, DatasetField } from './datasets.ts';
import { derivedField, KG, list, num, SAMPLE_NOTE, schemaField, text, yesNo } from './fields.ts';

/** 幼儿园（收费与学位）: one row per kindergarten, in directory order. `subdivision` is the content-derived word (街道, 镇（乡） …). */
export function kindergartensDataset(kgs: readonly Kindergarten[], subdivision: string): Dataset {
  const fields: DatasetField[] = [
    derivedField('id', '网址名', '文字', `幼儿园文件的文件名（不含 .json），页面地址 /kindergartens/<网址名>/。`),
    schemaField(KG, 'name', 'name', '文字'),
    schemaField(KG, 'shortNames', 'shortNames', '文字', { note: '多个用“、”隔开' }),
    schemaField(KG, 'type', 'type', '文字'),
    derivedField('category', kindergartenTypesLabels['types.category']!, '文字', '类型所属的类别（content/kindergarten-types.json 的 category）：公办、普惠性民办或民办。'),
    schemaField(KG, 'street', 'street', '文字', { label: subdivision }),
    schemaField(KG, 'address', 'address', '文字'),
    schemaField(KG, 'phone', 'phone', '文字'),
    ...CLASS_LEVELS.map((l) => schemaField(KG, `classes${CLASS_LEVELS.indexOf(l) + 1}`, `classes.${l}`, '数字', { unit: '个', docPath: `classes.<${CLASS_LEVELS.join('|')}>` })),
    schemaField(KG, 'capacity', 'capacity', '数字', { unit: '个' }),
    schemaField(KG, 'enrolled', 'enrolled', '数字', { unit: '人' }),
    derivedField('freeSeats', '空余学位', '数字', '核定学位数减在园幼儿数，不小于 0；暂停招生的幼儿园为空。', '个'),
    ...TUITION_LEVELS.map((l, i) =>
      schemaField(KG, `tuition${i}`, 'fees.tuition.amount', '数字', {
        label: l === '全部' ? kindergartenLabels['fees.tuition']! : `${kindergartenLabels['fees.tuition']}·${l}`,
        unit: '元/月',
        docPath: 'fees.tuition[].amount',
        note: l === '全部' ? '各班级收费相同时写在这一列' : `${l}的保教费，各班级收费不同时才有`,
      }),
    ),
    schemaField(KG, 'cap', 'fees.cap', '数字', { unit: '元/月' }),
    schemaField(KG, 'meals', 'fees.meals.amount', '数字'),
    schemaField(KG, 'mealsUnit', 'fees.meals.unit', '文字'),
    schemaField(KG, 'basis', 'fees.basis.docNumber', '文字'),
    schemaField(KG, 'effectiveOn', 'fees.basis.effectiveOn', '日期'),
    schemaField(KG, 'licence', 'licence', '文字'),
    schemaField(KG, 'status', 'status', '文字', { note: '正常办园时为“正常办园”；已停办和新建未开园的幼儿园不在本表' }),
    schemaField(KG, 'statusNote', 'statusNote', '文字'),
    schemaField(KG, 'projectKind', 'project.kind', '文字'),
    schemaField(KG, 'projectClasses', 'project.classes', '数字', { unit: '个' }),
    schemaField(KG, 'projectSeats', 'project.seats', '数字', { unit: '个' }),
    schemaField(KG, 'projectFloorArea', 'project.floorArea', '数字', { unit: '㎡' }),
    schemaField(KG, 'asOf', 'asOf', '日期'),
    schemaField(KG, 'sample', 'sample', '是/否', { note: `${SAMPLE_NOTE}；所在${subdivision}或类型是示例数据时也为“是”` }),
    schemaField(KG, 'sampleNote', 'sampleNote', '文字'),
  ];
  const rows = kgs.map((k) => {
    const d = k.data;
    // A fee not published is an empty cell (null), never 0.
    const fee = (level: string) => num(d.fees.tuition?.find((t) => t.level === level)?.amount);
    return {
      id: k.id,
      name: d.name,
      shortNames: list(d.shortNames),
      type: k.type.name,
      category: k.type.category,
      street: k.street.name,
      address: text(d.address),
      phone: text(d.phone),
      ...Object.fromEntries(CLASS_LEVELS.map((l, i) => [`classes${i + 1}`, num(d.classes[l])])),
      capacity: d.capacity,
      enrolled: d.enrolled,
      freeSeats: offersSeats(d) ? freeSeats(d.capacity, d.enrolled) : null,
      ...Object.fromEntries(TUITION_LEVELS.map((l, i) => [`tuition${i}`, fee(l)])),
      cap: num(d.fees.cap),
      meals: num(d.fees.meals?.amount),
      mealsUnit: text(d.fees.meals?.unit),
      basis: text(d.fees.basis?.docNumber),
      effectiveOn: text(d.fees.basis?.effectiveOn),
      licence: d.licence,
      status: d.status ?? '正常办园',
      statusNote: text(d.statusNote),
      projectKind: text(d.project?.kind),
      projectClasses: num(d.project?.classes),
      projectSeats: num(d.project?.seats),
      projectFloorArea: num(d.project?.floorArea),
      asOf: d.asOf,
      sample: yesNo(isSample(k)),
      sampleNote: text(d.sampleNote),
    };
  });
  return {
    id: 'kindergartens',
    title: '幼儿园（收费与学位）',
    description: `每所幼儿园一行：类型、所在${subdivision}、地址和电话，各班级数、核定学位数、在园幼儿数和空余学位，保教费、核定收费上限、伙食费和收费依据（未公布的为空），办园许可证，办园状态，新增学位项目，信息核对日期。`,
    fields,
    rows,
    asOf: latestDate(kgs.map((k) => k.data.asOf)) ?? null,
    source: '各幼儿园信息',
    sample: kgs.some(isSample),
  };
}
