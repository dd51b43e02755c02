/**
 * The browser editor's configuration (Sveltia CMS, /admin/) generated from the zod schemas, the single source
 * of truth, like the field reference of schema-doc.ts: every field with its Chinese label and hint, required or
 * not, number bounds, allowed values, dates and lists. Fields that name another file (a street, a kindergarten
 * type, a policy, a target) become relation fields drawn from the content. Rules a form cannot express still run
 * in `npm run validate` and the build. Pure: the caller passes the schemas and the relation table.
 */
import { describeFields, type Schema } from './schema-doc.ts';

/** The parts of a zod 4 definition read here (see schema-doc.ts). */
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
  check?: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

const def = (s: Schema): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** One Sveltia CMS field (the subset this generator writes). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  [key: string]: unknown;
}

/** Where a field's value comes from another content file. */
export interface Relation {
  /** Collection name in the editor configuration. */
  collection: string;
  /** For a single-file collection: the file's name in the editor configuration. */
  file?: string;
  /** The value written, e.g. `{{slug}}` or `streets.*.name`. */
  valueField: string;
  /** What the choice list shows. */
  displayFields: string[];
}

/** Schemas recognised by identity: a date field becomes a date picker writing YYYY-MM-DD. */
export interface KnownSchemas {
  isoDate: Schema;
  isoMonth?: Schema;
}

/** One content kind as the editor shows it. */
export interface CmsSource {
  /** Editor name: the collection key (policies, kindergartens …) or the data file key. */
  name: string;
  label: string;
  schema: Schema;
  labels: Record<string, string>;
  /** Folder collection: content/<dir>/<id><ext>. */
  dir?: string;
  ext?: '.json' | '.mdx';
  /** Single file: content/<file>. */
  file?: string;
}

export interface CmsOptions {
  /** content/ relative to the repository root, as the editor's backend sees it. */
  contentPath: string;
  known: KnownSchemas;
  /** Relation fields by `<source name>:<field path without []>`, e.g. `kindergartens:street`. */
  relations: Record<string, Relation>;
  /**
   * Free-keyed objects (zod records with string keys) expanded into one field per key known from the content,
   * by `<source name>:<field path>`: e.g. a report's `values`, one number per target.
   */
  recordKeys?: Record<string, CmsField[]>;
}

interface Unwrapped {
  core: Schema;
  optional: boolean;
  hasDefault: boolean;
  defaultValue?: unknown;
}

function unwrap(s: Schema): Unwrapped {
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
      cur = def(d.in!).type === 'transform' ? d.out! : d.in!;
    } else return { core: cur, optional, hasDefault, defaultValue };
  }
}

const literal = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/** Number bounds of a zod number: min/max for the form (exclusive bounds are left to validate). */
function numberBounds(d: Def): { min?: number; max?: number; int: boolean } {
  const out: { min?: number; max?: number; int: boolean } = { int: false };
  for (const c of d.checks ?? []) {
    const cd = def(c);
    if (cd.check === 'greater_than' && cd.inclusive) out.min = cd.value;
    else if (cd.check === 'less_than' && cd.inclusive) out.max = cd.value;
    else if (cd.check === 'number_format' && /int/.test(cd.format ?? '')) out.int = true;
  }
  return out;
}

/** Lengths and a pattern of a zod string, with the schema's own message for the pattern. */
function stringLimits(d: Def): { minlength?: number; maxlength?: number; pattern?: [string, string] } {
  const out: { minlength?: number; maxlength?: number; pattern?: [string, string] } = {};
  for (const c of d.checks ?? []) {
    const cd = def(c);
    if (cd.check === 'min_length' && (cd.minimum ?? 0) > 1) out.minlength = cd.minimum;
    if (cd.check === 'max_length') out.maxlength = cd.maximum;
    if (cd.check === 'string_format' && cd.format === 'regex' && cd.pattern) {
      out.pattern = [cd.pattern.source, ownMessage(c) ?? `格式不对：${cd.pattern.source}`];
    }
  }
  return out;
}

/** The fixed message a check carries (see schema-doc.ts). */
function ownMessage(s: Schema): string | undefined {
  const error = (def(s) as { error?: (issue: unknown) => unknown }).error;
  if (typeof error !== 'function') return undefined;
  try {
    const m = error({});
    const text = typeof m === 'string' ? m : typeof m === 'object' && m && 'message' in m ? String((m as { message: unknown }).message) : undefined;
    return text?.replace('修改方法：', '');
  } catch {
    return undefined;
  }
}

/** True when the core of `s` is the core of `known` (the same schema object reused). */
const isSame = (s: Schema, known: Schema | undefined) => !!known && unwrap(s).core === unwrap(known).core;

/**
 * The fields of one schema as Sveltia CMS fields. `hints` come from the field reference (limits and the
 * schema's own fix text), so the form and docs/内容字段说明.md say the same thing.
 */
export function cmsFields(source: CmsSource, options: CmsOptions): CmsField[] {
  const docs = new Map(describeFields(source.schema, source.labels).map((f) => [f.path.replace(/\[\]/g, ''), f]));
  const labelOf = (path: string, name: string) => {
    const full = source.labels[path] ?? '';
    // Nested labels are written 收费·伙食费·金额 for messages; the form shows the last part under its parent.
    return (full.split('·').pop() || full || name).trim();
  };
  const hintOf = (path: string): string | undefined => {
    const doc = docs.get(path);
    if (!doc) return undefined;
    // Limits the form shows anyway (required, lengths) and the generic too-long/empty texts are left out.
    const limits = doc.limits.filter((l) => !/^至少 1 个字$|^至多 \d+ 个字$|^格式 |^只能写：|^[≥≤] /.test(l));
    const fixes = doc.rules
      .filter((r) => !/^太长，不能超过|^不能为空。 写法：填写内容/.test(r))
      .map((r) => r.replace(/^.*? 写法：/, ''));
    const hint = [...new Set([...limits, ...fixes])].join(' ');
    return hint || undefined;
  };

  const field = (name: string, s: Schema, path: string): CmsField => {
    const u = unwrap(s);
    const d = def(u.core);
    const base: CmsField = { name, label: labelOf(path, name), widget: 'string' };
    if (!u.optional) base.required = true;
    else base.required = false;
    const hint = hintOf(path);
    if (hint) base.hint = hint;
    if (u.hasDefault && u.defaultValue !== undefined && !(Array.isArray(u.defaultValue) && u.defaultValue.length === 0) && !(typeof u.defaultValue === 'object' && u.defaultValue && !Array.isArray(u.defaultValue))) {
      base.default = u.defaultValue;
    }
    const relation = options.relations[`${source.name}:${path}`];
    if (relation) {
      return {
        ...base,
        widget: 'relation',
        collection: relation.collection,
        ...(relation.file ? { file: relation.file } : {}),
        value_field: relation.valueField,
        display_fields: relation.displayFields,
        search_fields: relation.displayFields,
      };
    }
    if (isSame(s, options.known.isoDate)) {
      return { ...base, widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false };
    }
    const expanded = options.recordKeys?.[`${source.name}:${path}`];
    switch (d.type) {
      case 'string':
        return { ...base, widget: 'string', ...stringLimits(d) };
      case 'number': {
        const b = numberBounds(d);
        return { ...base, widget: 'number', value_type: b.int ? 'int' : 'float', ...(b.min !== undefined ? { min: b.min } : {}), ...(b.max !== undefined ? { max: b.max } : {}) };
      }
      case 'boolean':
        return { ...base, widget: 'boolean' };
      case 'enum':
        return { ...base, widget: 'select', options: Object.values(d.entries ?? {}).map(literal) };
      case 'literal':
        return { ...base, widget: 'select', options: (d.values ?? []).map(literal) };
      case 'object':
        return { ...base, widget: 'object', fields: Object.entries(d.shape ?? {}).map(([k, v]) => field(k, v, path ? `${path}.${k}` : k)) };
      case 'array': {
        const e = unwrap(d.element!);
        const ed = def(e.core);
        const limits = (d.checks ?? []).map(def);
        const min = limits.find((c) => c.check === 'min_length')?.minimum;
        const common = { ...base, widget: 'list', ...(min ? { min } : {}) };
        if (ed.type === 'object') return { ...common, fields: Object.entries(ed.shape ?? {}).map(([k, v]) => field(k, v, `${path}.${k}`)) };
        return { ...common, field: { ...field(name, d.element!, path), label: base.label } };
      }
      case 'record': {
        const key = def(unwrap(d.keyType!).core);
        if (key.type === 'enum') {
          // A partial record over fixed keys (班级数 by level): one optional field per key.
          return {
            ...base,
            widget: 'object',
            fields: Object.values(key.entries ?? {}).map((k) => ({ ...field(String(k), d.valueType!, `${path}.${k}`), label: String(k), required: false })),
          };
        }
        if (expanded?.length) {
          return {
            ...base,
            widget: 'object',
            fields: expanded,
          };
        }
        return { ...base, widget: 'keyvalue' };
      }
      case 'union': {
        // Discriminated unions (a target's kind) and number-or-boolean values: the form offers the first
        // option; validate checks the rest. Written as a plain string field only when nothing fits.
        const first = d.options?.[0];
        if (first && d.discriminator) {
          return { ...base, widget: 'object', fields: mergeUnionFields(d, path, field) };
        }
        return first ? { ...field(name, first, path), ...(base.hint ? { hint: base.hint } : {}), required: base.required } : base;
      }
      default:
        return base;
    }
  };

  const root = def(unwrap(source.schema).core);
  return Object.entries(root.shape ?? {}).map(([k, v]) => field(k, v, k));
}

/** The fields of every option of a discriminated union, the tag as a choice, each other field once and optional. */
function mergeUnionFields(d: Def, path: string, field: (name: string, s: Schema, path: string) => CmsField): CmsField[] {
  const out: CmsField[] = [];
  const seen = new Set<string>();
  const tags = (d.options ?? []).map((o) => literal(def(unwrap(def(unwrap(o).core).shape![d.discriminator!]!).core).values?.[0]));
  for (const o of d.options ?? []) {
    for (const [k, v] of Object.entries(def(unwrap(o).core).shape ?? {})) {
      if (seen.has(k)) continue;
      seen.add(k);
      if (k === d.discriminator) out.push({ name: k, label: field(k, v, `${path}.${k}`).label, widget: 'select', options: tags, required: true });
      else out.push({ ...field(k, v, `${path}.${k}`), required: false });
    }
  }
  return out;
}

/** The editor's collections for every content kind, in the order given. */
export function cmsCollections(sources: readonly CmsSource[], options: CmsOptions): Record<string, unknown>[] {
  const files = sources.filter((s) => s.file);
  const folders = sources.filter((s) => s.dir);
  const collections: Record<string, unknown>[] = folders.map((s) => {
    const fields = cmsFields(s, options);
    const mdx = s.ext === '.mdx';
    const titleField = ['title', 'name'].find((f) => fields.some((x) => x.name === f));
    return {
      name: s.name,
      label: s.label,
      folder: `${options.contentPath}/${s.dir}`,
      extension: (s.ext ?? '.json').slice(1),
      format: mdx ? 'frontmatter' : 'json',
      create: true,
      delete: false,
      // The file name is the public address (an ASCII id that never changes): typed on creation, then fixed.
      slug: { editable: ['create'] },
      ...(titleField ? { identifier_field: titleField, summary: `{{${titleField}}}（{{slug}}）` } : { summary: '{{slug}}' }),
      sortable_fields: titleField ? [titleField, 'slug'] : ['slug'],
      fields: mdx ? [...fields, { name: 'body', label: '正文', widget: 'markdown', required: true, hint: '政策原文；不要写 import、{…} 或 <script>。' }] : fields,
    };
  });
  if (files.length) {
    collections.unshift({
      name: 'settings',
      label: '站点与列表',
      files: files.map((s) => ({ name: s.name, label: s.label, file: `${options.contentPath}/${s.file}`, format: 'json', fields: cmsFields(s, options) })),
    });
  }
  return collections;
}
