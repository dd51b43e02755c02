/**
 * The content reference (docs/内容字段说明.md) generated from the zod schemas: every field with its Chinese
 * label, type, whether it is required, its limits, allowed values and the schema's own fix text (which
 * carries the examples). Walks zod 4 definitions (`_zod.def`) generically, so schema changes in other
 * branches only need `npm run docs:content` again. Pure.
 */

/** The parts of a zod 4 schema definition read here. */
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  entries?: Record<string, string | number>;
  values?: readonly unknown[];
  options?: readonly Schema[];
  discriminator?: string;
  innerType?: Schema;
  defaultValue?: unknown;
  keyType?: Schema;
  valueType?: Schema;
  in?: Schema;
  out?: Schema;
  checks?: readonly Schema[];
  error?: (issue: unknown) => unknown;
  check?: string;
  minimum?: number;
  maximum?: number;
  length?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

/** A zod 4 schema, structurally (tests can pass any schema of astro/zod). */
export interface Schema {
  _zod: { def: Def };
}

/** One documented field. */
export interface FieldDoc {
  /** Path as written in the file: fees.tuition[].amount, values.<键>. */
  path: string;
  label: string;
  type: string;
  /** 必填, 可省略, or 可省略（默认 …）. */
  presence: string;
  /** Lengths, bounds, allowed values. */
  limits: string[];
  /** The schema's own problem/fix messages (they carry the examples). */
  rules: string[];
}

const def = (s: Schema): Def => s._zod.def;

/** The message a check or type carries, when it is a fixed text. */
function ownMessage(d: Def): string | undefined {
  if (typeof d.error !== 'function') return undefined;
  try {
    const m = d.error({});
    return typeof m === 'string' ? m : typeof m === 'object' && m && 'message' in m ? String((m as { message: unknown }).message) : undefined;
  } catch {
    return undefined;
  }
}

/** Human form of a rule message: 问题……修改方法：…… → 问题…… 写法：…… */
function ruleText(m: string): string {
  return m.replace('修改方法：', ' 写法：');
}

function literal(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** Strips wrappers (optional, default, nullable, pipes of preprocess) and says what they mean. */
function unwrap(s: Schema): { core: Schema; optional: boolean; defaultValue?: unknown; hasDefault: boolean } {
  let cur = s;
  let optional = false;
  let hasDefault = false;
  let defaultValue: unknown;
  for (;;) {
    const d = def(cur);
    if (d.type === 'optional' || d.type === 'nullable' || d.type === 'readonly') {
      if (d.type === 'optional') optional = true;
      cur = d.innerType!;
    } else if (d.type === 'default' || d.type === 'prefault' || d.type === 'catch') {
      optional = true;
      hasDefault = true;
      defaultValue = d.defaultValue;
      cur = d.innerType!;
    } else if (d.type === 'pipe') {
      // z.preprocess(fn, schema) is pipe(transform, schema): the file is checked against `out`.
      cur = def(d.in!).type === 'transform' ? d.out! : d.in!;
    } else return { core: cur, optional, defaultValue, hasDefault };
  }
}

function checkLimits(d: Def, isString: boolean, isArray: boolean): string[] {
  const out: string[] = [];
  const what = isString ? '个字' : isArray ? '项' : '';
  for (const c of d.checks ?? []) {
    const cd = def(c);
    switch (cd.check) {
      case 'min_length': out.push(`至少 ${cd.minimum} ${what}`); break;
      case 'max_length': out.push(`至多 ${cd.maximum} ${what}`); break;
      case 'length_equals': out.push(`正好 ${cd.length} ${what}`); break;
      case 'greater_than': out.push(cd.inclusive ? `≥ ${cd.value}` : `> ${cd.value}`); break;
      case 'less_than': out.push(cd.inclusive ? `≤ ${cd.value}` : `< ${cd.value}`); break;
      case 'multiple_of': {
        const places = Math.max(0, -Math.round(Math.log10(Number(cd.value))));
        out.push(places ? `最多 ${places} 位小数` : `${cd.value} 的整数倍`);
        break;
      }
      case 'string_format':
        if (cd.format === 'regex' && cd.pattern) out.push(`格式 \`${cd.pattern.source}\``);
        else if (cd.format) out.push(`格式 ${cd.format}`);
        break;
      default:
    }
  }
  return out;
}

function checkRules(d: Def): string[] {
  const out: string[] = [];
  const own = ownMessage(d);
  if (own) out.push(ruleText(own));
  for (const c of d.checks ?? []) {
    const m = ownMessage(def(c));
    if (m) out.push(ruleText(m));
  }
  return out;
}

function typeName(d: Def): string {
  switch (d.type) {
    case 'string': return '文字';
    case 'number': return (d.checks ?? []).some((c) => def(c).check === 'number_format' && /int/.test(def(c).format ?? '')) ? '整数' : '数字';
    case 'boolean': return 'true/false';
    case 'array': return '列表';
    case 'object': return '对象';
    case 'record': return '对象（键: 值）';
    case 'enum': return '选项';
    case 'literal': return '固定值';
    case 'union': return '多选一';
    default: return d.type;
  }
}

/** The tag values of a discriminated union: number、range、qualitative. */
function discriminatorValues(d: Def): string[] {
  return (d.options ?? []).map((o) => {
    const tag = def(unwrap(o).core).shape?.[d.discriminator!];
    return tag ? (def(unwrap(tag).core).values ?? []).map(literal).join('、') : '';
  });
}

/** Short description of one option of a plain union: 数字（≥ 0）, 固定值 "". */
function optionText(o: Schema): string {
  const d = def(unwrap(o).core);
  if (d.type === 'literal') return (d.values ?? []).map((v) => JSON.stringify(v)).join('、');
  if (d.type === 'enum') return Object.values(d.entries ?? {}).map(literal).join('、');
  const limits = checkLimits(d, d.type === 'string', d.type === 'array');
  return `${typeName(d)}${limits.length ? `（${limits.join('，')}）` : ''}`;
}

function presence(u: ReturnType<typeof unwrap>): string {
  if (!u.optional) return '必填';
  if (!u.hasDefault) return '可省略';
  const v = u.defaultValue;
  return `可省略（默认 ${v === '' ? '""' : JSON.stringify(v)}）`;
}

/** Every field of `schema`, depth first, in schema order. `labels` are keyed by path without indices. */
export function describeFields(schema: Schema, labels: Record<string, string>): FieldDoc[] {
  const out: FieldDoc[] = [];
  const labelOf = (path: string) => labels[path.replace(/\[\]/g, '').replace(/\.<[^>]*>/g, '')] ?? labels[path.replace(/\[\]/g, '')] ?? '';
  const walk = (s: Schema, path: string, outer?: ReturnType<typeof unwrap>) => {
    const u = outer ?? unwrap(s);
    const d = def(u.core);
    if (path && !path.endsWith('[]')) {
      const limits = checkLimits(d, d.type === 'string', d.type === 'array');
      if (d.type === 'enum') limits.push(`只能写：${Object.values(d.entries ?? {}).map(literal).join('、')}`);
      if (d.type === 'literal') limits.push(`只能写：${(d.values ?? []).map(literal).join('、')}`);
      if (d.type === 'union' && !d.discriminator) limits.push(`可以是：${(d.options ?? []).map(optionText).join(' 或 ')}`);
      if (d.type === 'union' && d.discriminator) limits.push(`按 ${d.discriminator} 分为：${discriminatorValues(d).join('、')}`);
      const rules = checkRules(d);
      if (d.type === 'union') for (const o of d.options ?? []) rules.push(...checkRules(def(unwrap(o).core)).filter((r) => !rules.includes(r)));
      if (d.type === 'array') rules.push(...checkRules(def(unwrap(d.element!).core)).filter((r) => !rules.includes(r)));
      out.push({ path, label: labelOf(path), type: typeName(d), presence: presence(u), limits, rules });
    }
    const child = (p: string) => (path ? `${path}.${p}` : p);
    if (d.type === 'object') for (const [k, v] of Object.entries(d.shape ?? {})) walk(v, child(k));
    else if (d.type === 'array') {
      const e = unwrap(d.element!);
      if (['object', 'union'].includes(def(e.core).type)) walk(e.core, `${path}[]`, { ...e, optional: false, hasDefault: false });
    } else if (d.type === 'record') {
      const key = unwrap(d.keyType!).core;
      const kd = def(key);
      const keyName = kd.type === 'enum' ? Object.values(kd.entries ?? {}).map(literal).join('|') : '键';
      const before = out.length;
      walk(d.valueType!, child(`<${keyName}>`));
      // Each key is written only when needed (a partial record); the value rules apply to every key written.
      const first = out[before];
      if (first) first.presence = '每个键按需填写';
    } else if (d.type === 'union') {
      // Each option's own fields; shared ones (the discriminator) are listed once.
      const seen = new Set(out.map((f) => f.path));
      for (const o of d.options ?? []) {
        const od = def(unwrap(o).core);
        if (od.type !== 'object') continue;
        for (const [k, v] of Object.entries(od.shape ?? {})) {
          const p = child(k);
          if (seen.has(p)) continue;
          seen.add(p);
          const before = out.length;
          if (k === d.discriminator) {
            const values = discriminatorValues(d);
            out.push({ path: p, label: labelOf(p), type: '选项', presence: '必填', limits: [`只能写：${values.join('、')}`], rules: [] });
            continue;
          }
          walk(v, p);
          const tagSchema = d.discriminator ? od.shape?.[d.discriminator] : undefined;
          const tag = tagSchema ? literal(def(unwrap(tagSchema).core).values?.[0]) : '';
          if (tag && k !== d.discriminator) for (const f of out.slice(before)) f.presence = `${d.discriminator} 为 ${tag} 时${f.presence}`;
        }
      }
    }
  };
  walk(schema, '');
  return out;
}

/** Rules of the file as a whole (object-level refinements, e.g. 数字目标必须写单位). */
export function schemaRules(schema: Schema): string[] {
  return checkRules(def(unwrap(schema).core));
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** One content kind in the reference. */
export interface DocSection {
  title: string;
  /** Where the files are, e.g. content/kindergartens/<网址名>.json. */
  where: string;
  schema: Schema;
  labels: Record<string, string>;
}

/** The whole reference as Markdown. */
export function renderReference(sections: readonly DocSection[]): string {
  const lines = [
    '# 内容字段说明',
    '',
    '<!-- 本文件由 npm run docs:content 根据 src/schemas/ 自动生成，请勿手改；修改模式后重新运行该命令。 -->',
    '',
    '本文件列出 `content/` 中每一类文件的全部字段：中文名称、类型、是否必填、长度和数值限制、允许的值，以及检查不通过时的提示（其中有写法示例）。',
    '“可省略”的字段不写时按括号中的默认值处理。路径中的 `[]` 表示列表中的每一项，`<键>` 表示任意键名。',
    '',
    '## 目录',
    '',
    ...sections.map((s) => `- ${s.title}（\`${s.where}\`）`),
  ];
  for (const s of sections) {
    lines.push('', `## ${s.title}`, '', `文件：\`${s.where}\``, '', '| 字段 | 名称 | 类型 | 必填 | 限制与允许值 | 检查提示与写法 |', '|---|---|---|---|---|---|');
    for (const f of describeFields(s.schema, s.labels)) {
      lines.push(`| \`${cell(f.path)}\` | ${cell(f.label)} | ${f.type} | ${cell(f.presence)} | ${cell(f.limits.join('；'))} | ${cell(f.rules.join('<br>'))} |`);
    }
    const whole = schemaRules(s.schema);
    if (whole.length) lines.push('', '整个文件的规则：', '', ...whole.map((r) => `- ${r}`));
  }
  return `${lines.join('\n')}\n`;
}
