/** The site's sections, in header order. A section is listed only once its pages exist (no empty shells). */

/** A navigation entry. */
export interface NavItem {
  /** Site-relative path from the URL contract. */
  path: string;
  /** Label in the header. */
  label: string;
}

/** Sections of the URL contract that are built. */
export const NAV: readonly NavItem[] = [
  { path: '/', label: '首页' },
  { path: '/policies/', label: '政策文件' },
  { path: '/progress/', label: '工作进展' },
  { path: '/indicators/', label: '评估指标' },
  { path: '/kindergartens/', label: '幼儿园' },
  { path: '/fees/', label: '收费标准' },
  { path: '/seats/', label: '学位' },
  { path: '/enrollment/', label: '招生' },
  { path: '/about/', label: '关于本站' },
];

/** The home page's quick links: what parents come for, in their words (docs/ARCHITECTURE.md, “Public URLs”), answers in ≤ 2 taps. */
export const QUICK_LINKS: readonly NavItem[] = [
  { path: '/fees/', label: '查收费' },
  { path: '/seats/', label: '查学位' },
  { path: '/enrollment/', label: '怎么报名' },
  { path: '/kindergartens/', label: '找幼儿园' },
  { path: '/progress/', label: '看进度' },
  { path: '/policies/', label: '政策文件' },
  { path: '/indicators/', label: '评估指标' },
];
