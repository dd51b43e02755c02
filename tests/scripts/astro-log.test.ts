import { describe, expect, it } from 'vitest';
import { translateAstroLog } from '../../scripts/lib/astro-log.ts';

const names = { reports: { path: 'reports/', label: '月报' }, updates: { path: 'updates/', label: '更新说明', optional: true } };

describe('translateAstroLog', () => {
  it.each([
    [
      '12:00:01 [WARN] [content] The collection "reports" does not exist or is empty. Please check your content config file for errors.',
      '提示：月报（sites/qinghe/reports/）还没有任何文件，相关页面会写明尚无数据。',
    ],
    ['[WARN] The collection "other" does not exist or is empty.', '提示：“other”还没有任何文件，相关页面会写明尚无数据。'],
    // An optional collection (update notes) is empty in most counties: nothing to say.
    ['[WARN] [content] The collection "updates" does not exist or is empty.', null],
    ['[WARN] [glob-loader] The base directory "/x/sites/qinghe/reports/" does not exist.', null],
    ['12:00:02 [build] 120 page(s) built in 6.1s', '12:00:02 [build] 120 page(s) built in 6.1s'],
  ])('%s', (line, want) => expect(translateAstroLog(line, names, 'sites/qinghe')).toBe(want));
});
