/** The skeleton of next month's report (月报告制度), so staff fill in numbers instead of typing ids. Pure. */

/** What the scaffold needs of a target: its id and whether it is counted or done/not done. */
export interface ScaffoldTarget {
  id: string;
  qualitative: boolean;
}

/** What the scaffold carries over from the latest earlier report. */
export interface PreviousReport {
  month: string;
  values: Record<string, number | boolean>;
  breakdown?: Record<string, Record<string, number>>;
  sample?: boolean;
}

/** The new report file's content, in the order staff read it. */
export interface ReportSkeleton {
  month: string;
  asOf: string;
  note: string;
  values: Record<string, number | boolean>;
  notes: Record<string, string>;
  breakdown: Record<string, Record<string, number>>;
  sample: boolean;
  /** Present when the figures are carried over from a sample report: says so, for the 示例数据 banner. */
  sampleNote?: string;
}

/** “2024-02” → “2024-02-29”: the default 统计截止日期 is the month's last day. */
export function lastDayOfMonth(month: string): string {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m) throw new Error(`月份格式不对：“${month}”。写成“年-月”，例如 2024-07。`);
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

/**
 * A report for `month` listing every target in order. Values start from the previous report (values are
 * cumulative, so an unchanged target keeps its number), or from 0 / false when there is none. The previous
 * report's sample flag is carried with its figures: a month scaffolded from sample data is sample data (with
 * a note saying where its figures come from) until staff write real figures and set `sample` to false.
 */
export function scaffoldReport(month: string, targets: readonly ScaffoldTarget[], previous?: PreviousReport): ReportSkeleton {
  const asOf = lastDayOfMonth(month);
  if (previous && previous.month >= month) {
    throw new Error(`${month} 不晚于已有的最新月报 ${previous.month}：新月报应是最新一个月。`);
  }
  const values: Record<string, number | boolean> = {};
  for (const t of targets) values[t.id] = previous?.values[t.id] ?? (t.qualitative ? false : 0);
  const report: ReportSkeleton = { month, asOf, note: '', values, notes: {}, breakdown: structuredClone(previous?.breakdown ?? {}), sample: previous?.sample === true };
  if (report.sample) report.sampleNote = `数值沿用 ${previous!.month} 月报的示例数据，不是本月的官方数据。`;
  return report;
}
