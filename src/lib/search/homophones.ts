/**
 * Characters that sound alike, as parents mistype them in kindergarten names (示例普慧二园 for 示例普惠二园,
 * 包钢十七元 for 包钢十七园): a phone's pinyin keyboard offers the homophone first as often as not. Names and
 * queries are compared a second time with each character replaced by the first of its group. Runs in the
 * browser (src/scripts/search.ts through names.ts): a small table, no pinyin library. Pure.
 *
 * Groups hold characters common in kindergarten, street and document names that share a pinyin syllable
 * (tones ignored, as a pinyin keyboard does). The first character of a group is the one names use most.
 * Numerals (一 … 十) are left alone: numerals.ts folds them, and 十/石 or 一/医 are not typing slips.
 */
export const HOMOPHONE_GROUPS: readonly string[] = [
  '园元圆原源缘苑媛',
  '惠慧汇会绘卉蕙晖辉徽',
  '钢刚岗纲罡',
  '幼优佑友悠',
  '包保宝堡葆',
  '示市是事式试实时识诗师施世士室视',
  '例利力立丽励莉俐',
  '普浦谱蒲',
  '华化花桦骅',
  '新欣心馨鑫昕芯',
  '星兴杏醒',
  '阳杨扬洋羊旸',
  '红宏鸿虹弘',
  '明名铭鸣',
  '佳家嘉加',
  '蕾雷磊',
  '贝蓓倍备北',
  '童同彤桐瞳',
  '晨辰臣尘陈',
  '育玉宇雨语予羽钰煜昱裕誉',
  '智志之知芝致至稚',
  '小晓笑效孝',
  '金今锦津晋进',
  '苗妙淼',
  '启起琪琦祺棋旗奇其齐骐',
  '蒙盟萌孟梦',
  '城成诚程承',
  '东冬栋',
  '西希熙曦溪喜',
  '儿而尔耳',
  '长厂场常畅昌',
  '路露鹿陆禄璐',
  '天田甜添',
  '光广',
  '春纯淳',
  '博伯柏泊搏',
  '文闻雯温稳',
  '和合禾河荷贺鹤',
  '平萍苹评屏',
  '英鹰莹颖盈婴樱迎',
  '镇振珍真贞臻',
  '乡香湘祥翔向相',
  '公工功宫恭',
  '民敏闽',
  '泰太台',
  '爱艾',
];

const CANONICAL = new Map<string, string>();
for (const group of HOMOPHONE_GROUPS) {
  const chars = [...group];
  for (const c of chars) CANONICAL.set(c, chars[0]!);
}

/** `s` with every character of a homophone group replaced by the group's first (园元圆 → 园园园). */
export function foldHomophones(s: string): string {
  let out = '';
  for (const c of s) out += CANONICAL.get(c) ?? c;
  return out;
}
