/** The site's sections, in header order. A section is listed only once its pages exist (no empty shells). */

import { PAGES } from './urls.ts';

/** A navigation entry. */
export interface NavItem {
  /** Site-relative path from the URL contract. */
  path: string;
  /** Label in the header. */
  label: string;
}

/** Sections of the URL contract that are built. */
export const NAV: readonly NavItem[] = [
  { path: PAGES.home, label: '首页' },
  { path: PAGES.policies, label: '政策文件' },
  { path: PAGES.progress, label: '工作进展' },
  { path: PAGES.indicators, label: '评估指标' },
  { path: PAGES.kindergartens, label: '幼儿园' },
  { path: PAGES.fees, label: '收费标准' },
  { path: PAGES.seats, label: '学位' },
  { path: PAGES.enrollment, label: '招生' },
  { path: PAGES.about, label: '关于本站' },
];

/** The home page's quick links: what parents come for, in their words (docs/ARCHITECTURE.md, “Public URLs”), answers in ≤ 2 taps. */
export const QUICK_LINKS: readonly NavItem[] = [
  { path: PAGES.fees, label: '查收费' },
  { path: PAGES.seats, label: '查学位' },
  { path: PAGES.enrollment, label: '怎么报名' },
  { path: PAGES.kindergartens, label: '找幼儿园' },
  { path: PAGES.progress, label: '看进度' },
  { path: PAGES.policies, label: '政策文件' },
  { path: PAGES.indicators, label: '评估指标' },
];
