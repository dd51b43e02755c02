import { z } from 'astro/zod';
import { email, isWebAddress, msg, phone, sampleFlag, sampleNote, siteAddress } from './common.ts';

/** Optional text: an empty string means “not known”, and the page then leaves the fact out. */
const optionalText = z.string().trim().default('');

/** `content/site.json`: every district fact the site shows. Nothing about a district lives in `src/`. */
export const siteSchema = z.strictObject({
  /** 站点全称, shown in the header, e.g. 某某县学前教育普及普惠. */
  name: z.string().trim().min(1, { error: msg('不能为空。', '填写网站名称。') }),
  /** 站点简称 appended to every `<title>`; keep it short, WeChat shows little. */
  shortName: z.string().trim().min(1, { error: msg('不能为空。', '填写网站简称，建议不超过 12 个字。') }).max(16, {
    error: msg('太长。', '网站简称不超过 16 个字，分享到微信时标题才显示得全。'),
  }),
  /** 地区, e.g. 某某市某某县; its last character (区/县/旗/市) gives the region word 全区/全县/全旗/全市. */
  district: z.string().trim().min(1, { error: msg('不能为空。', '填写地区名称，例如 某某市某某县。') }),
  /** Overrides the region word derived from `district` (全区, 全县 …); empty: derived. */
  regionWord: z.string().trim().default(''),
  /** Overrides the plan's short name derived from the title of the policy the targets cite (实施方案 …); empty: derived. */
  planName: z.string().trim().default(''),
  /**
   * Overrides the national programme's name derived from `district` (全国学前教育普及普惠县 / …区 / …旗 / …市),
   * without 创建, e.g. 全国学前教育普及普惠县（区）; empty: derived.
   */
  programmeName: z.string().trim().default(''),
  /** 教育行政部门 responsible for the campaign. */
  bureau: z.string().trim().min(1, { error: msg('不能为空。', '填写教育局名称。') }),
  /** 主办单位 shown in the footer. */
  sponsor: optionalText,
  /** 网站标识码 (政府网站), empty when not assigned. */
  siteCode: optionalText,
  /** ICP备案号, empty when none. */
  icp: optionalText,
  /** 公安机关备案号, empty when none. */
  psb: optionalText,
  /** Contact facts; each one empty when not known. */
  contact: z
    .strictObject({
      /** 联系地址 */
      address: optionalText,
      /** 联系电话 */
      phone,
      /** 电子邮箱 */
      email,
      /** 收费投诉电话 */
      complaintPhone: phone,
      /**
       * 服务热线: a general line the county names for complaints and questions (e.g. 12345); while no 收费投诉电话
       * is published, the fees page and the 收费公示 posters name this line instead. Empty: neither is printed.
       */
      hotline: phone,
    })
    .default({ address: '', phone: '', email: '', complaintPhone: '', hotline: '' }),
  /** Public address of the site, e.g. https://jyj.example.gov.cn/xqjy/ ; empty until it is known. */
  siteUrl: siteAddress,
  /** One paragraph shown on the home page and in meta descriptions. */
  description: z.string().trim().min(1, { error: msg('不能为空。', '用一两句话介绍本网站。') }),
  /**
   * The intranet git server (Gitea or Forgejo) the browser editor at /admin/ signs in to. Omitted: the public
   * build has no /admin/ (staff edit on one office PC with `npm run edit`, or by hand).
   */
  editor: z
    .strictObject({
      /** Server address, e.g. https://git.example.gov.cn/ */
      server: z.string().trim().refine(isWebAddress, { error: msg('不是完整的网址。', '写 Git 服务器的网址，例如 https://git.example.gov.cn/。') }),
      /** 仓库: owner/name on the server. */
      repo: z.string().trim().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, { error: msg('仓库名称格式不对。', '写成 所有者/仓库名，例如 jyj/xqjy-site。') }),
      /** 分支 the site is built from. */
      branch: z.string().trim().min(1).default('main'),
      /** OAuth application id (client id) registered on the server for the editor; empty: staff sign in with an access token. */
      appId: z.string().trim().default(''),
    })
    .optional(),
  /** True when the site facts is sample data, not from an official source: pages showing it carry the 示例数据 banner. */
  sample: sampleFlag,
  /** What is sample and what is official in the site facts. */
  sampleNote,
});

/** Validated site config. */
export type SiteConfig = z.infer<typeof siteSchema>;

/** Chinese labels of the site config fields, used in error messages. */
export const siteLabels: Record<string, string> = {
  name: '网站名称',
  shortName: '网站简称',
  district: '地区',
  bureau: '教育局',
  sponsor: '主办单位',
  siteCode: '网站标识码',
  icp: 'ICP备案号',
  psb: '公安备案号',
  contact: '联系方式',
  'contact.address': '联系地址',
  'contact.phone': '联系电话',
  'contact.email': '电子邮箱',
  'contact.complaintPhone': '收费投诉电话',
  'contact.hotline': '服务热线',
  siteUrl: '网站网址',
  description: '网站简介',
  regionWord: '地区用词',
  planName: '方案简称',
  programmeName: '创建项目名称',
  editor: '内容编辑器',
  'editor.server': '内容编辑器·Git 服务器网址',
  'editor.repo': '内容编辑器·仓库',
  'editor.branch': '内容编辑器·分支',
  'editor.appId': '内容编辑器·OAuth 应用 ID',
  sample: '示例数据标记',
  sampleNote: '示例数据说明',
};
