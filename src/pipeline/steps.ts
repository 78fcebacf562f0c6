/**
 * The corpus build's steps as readers are told them (the method page's
 * 处理步骤), published in the catalogue: one entry per stage a reader can
 * tell apart, in build order — the document steps of `document.ts`
 * (decode … conservation proof), then tagging and export
 * (`scripts/pipeline.ts`). Names and descriptions are Chinese, the text
 * the page shows; `id` ties an entry to the code that does it.
 *
 * Example: `{id: 'simplify', zh: '繁简转换', description: '用 OpenCC 的繁→简字表与词表转换，…'}`.
 */
import type { CatalogStep } from '../data/schemas/catalog.ts';

/** The build's steps, in order, as the method page lists them. */
export const pipelineSteps: readonly CatalogStep[] = [
  {
    id: 'decode',
    zh: '解码',
    description: '识别源文件编码（UTF-8、UTF-16、GB18030/GBK、Big5），统一换行与空白；无法解码的文件报错而不猜测。',
  },
  {
    id: 'pinyin-glosses',
    zh: '删除拼音注音',
    description:
      '删除紧跟汉字的带声调拼音，如「區(qū)」→「區」；「(自治縣)」「(PCT)」等真正的括注保留。每处删除都有记录。',
  },
  {
    id: 'mis-decoding',
    zh: '修复乱码片段',
    description:
      '按每份文件的勘误表修复错位解码的 GBK 字节，如「?。ㄒ唬┘訌娍傮w」→「（一）加強總體」；能由字节推出的自动复核，其余注明依据。',
  },
  {
    id: 'simplify',
    zh: '繁简转换',
    description: '用 OpenCC 的繁→简字表与词表转换，不做地区用语替换；修复后的繁体原文另行保存。',
  },
  {
    id: 'punctuation',
    zh: '标点与空格',
    description: '中文语境中的半角标点改为全角，数字、代码中的 ASCII 保留，去掉多余空格。',
  },
  {
    id: 'structure',
    zh: '识别结构',
    description: '识别正文前的通知、文号、落款，逐行识别各级编号标题、条款、表格和专栏，建成章节树。',
  },
  { id: 'agencies', zh: '责任单位', description: '将条款末尾的「（责任单位：…）」从阅读文本中分出，拆成单位列表。' },
  {
    id: 'ids',
    zh: '编号与引用路径',
    description: '依文件自身编号为每个条款生成稳定的网址锚点与引用路径，如重庆文件的“二、（一）1.”。',
  },
  {
    id: 'conservation',
    zh: '守恒校验',
    description: '校验修复后源文本的每个非空白字符在输出中恰好出现一次且顺序不变，确保没有丢字或重字。',
  },
  {
    id: 'tag',
    zh: '主题标注',
    description: '按主题与知识产权对象分类为条款打标签，每个标签附依据：命中的用语和规则的说明。',
  },
  {
    id: 'export',
    zh: '导出',
    description:
      '输出全部文件的数据（JSON）与条款表（CSV），以 gzip 压缩；每份文件另有各自的 JSON、CSV 与 Markdown 全文。',
  },
];
