// Every label of the rendered manual, in Chinese and English. User text is never translated.
import { parseDue, type Due, type TimeOfDay } from '../model/due.js';
import { parseDuration } from '../model/duration.js';

export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

const zh = {
  manual: '运营标准手册', version: '手册版本', date: '日期', organization: '组织', contents: '目录',
  whatChanged: '本版变更', search: '搜索手册…', noResults: '没有找到结果', regionView: '区域视图',
  regions: '区域', roles: '角色', systems: '系统', forms: '表单', standards: '流程标准', matrices: '职责矩阵',
  dictionaries: '数据字典', rollouts: '推广计划', roleIndex: '岗位职责索引', code: '编码', name: '名称',
  status: '状态', notes: '备注', level: '层级', description: '说明', usedIn: '使用于', owner: '负责人',
  docVersion: '版本', effective: '生效日期', tags: '标签', source: '来源文件', purpose: '目的', appliesTo: '适用区域',
  allRegions: '全部区域', flowchart: '流程图', steps: '步骤', step: '步骤', responsible: '责任角色', inputs: '输入',
  outputs: '输出', sla: '时限', next: '下一步', end: '结束', action: '标准动作', variants: '区域变体', region: '区域',
  reason: '原因', until: '有效期至', baseline: '基线', change: '调整', variantNote: '本区域变体', kpis: 'KPI',
  metric: '指标', target: '目标值', alertBelow: '预警线(低于)', weight: '权重', faq: '常见问题',
  activity: '活动', boundaries: '职责边界', topic: '事项', raciLegend: 'R 执行 · A 最终负责 · C 事前咨询 · I 事后知会',
  fields: '字段', type: '类型', pattern: '格式', example: '示例', definition: '定义', values: '取值',
  metrics: '指标', unit: '单位', period: '统计周期', taxIncluded: '含税', returnsDeducted: '扣减退货', yes: '是', no: '否',
  reports: '报表', frequency: '频率', due: '截止时间', submittedBy: '提交人', receivedBy: '接收人',
  interfaces: '系统接口', from: '来源系统', to: '目标系统', format: '格式', schedule: '同步频率',
  goal: '目标', objectives: '目标指标', by: '截止日期', team: '推广团队', lead: '负责人', members: '成员',
  phases: '阶段', timeline: '时间线', phase: '阶段', start: '开始', finish: '结束', resources: '资源',
  exitCriteria: '退出标准', training: '培训', assessment: '考核', required: '必修',
  ownsSteps: '负责的流程步骤', ownsActivities: 'RACI 活动', ownsReports: '报表', ownsPhases: '推广阶段',
  ownsDocuments: '负责的文档', ownsBoundaries: '职责边界', submits: '提交', receives: '接收', standard: '标准',
  matrix: '矩阵', plan: '计划', nothing: '无', stale: '已过期', sourceSystem: '数据来源', cover: '封面',
  kpiDashboard: 'KPI 看板',
} as const;

export type Labels = { readonly [K in keyof typeof zh]: string };

const en: Labels = {
  manual: 'Operations manual', version: 'Manual version', date: 'Date', organization: 'Organization', contents: 'Contents',
  whatChanged: 'What changed in this version', search: 'Search the manual…', noResults: 'No results', regionView: 'Region view',
  regions: 'Regions', roles: 'Roles', systems: 'Systems', forms: 'Forms', standards: 'Process standards', matrices: 'Responsibility matrices',
  dictionaries: 'Data dictionaries', rollouts: 'Rollout plans', roleIndex: 'Index by role', code: 'Code', name: 'Name',
  status: 'Status', notes: 'Notes', level: 'Level', description: 'Description', usedIn: 'Used in', owner: 'Owner',
  docVersion: 'Version', effective: 'Effective', tags: 'Tags', source: 'Source file', purpose: 'Purpose', appliesTo: 'Applies to',
  allRegions: 'All regions', flowchart: 'Flowchart', steps: 'Steps', step: 'Step', responsible: 'Responsible', inputs: 'Inputs',
  outputs: 'Outputs', sla: 'Time limit', next: 'Next', end: 'End', action: 'Standard action', variants: 'Regional variants', region: 'Region',
  reason: 'Reason', until: 'Valid until', baseline: 'Baseline', change: 'Change', variantNote: 'Regional variant', kpis: 'KPIs',
  metric: 'Metric', target: 'Target', alertBelow: 'Alert below', weight: 'Weight', faq: 'FAQ',
  activity: 'Activity', boundaries: 'Boundaries of responsibility', topic: 'Topic', raciLegend: 'R responsible · A accountable · C consulted · I informed',
  fields: 'Fields', type: 'Type', pattern: 'Pattern', example: 'Example', definition: 'Definition', values: 'Values',
  metrics: 'Metrics', unit: 'Unit', period: 'Period', taxIncluded: 'Tax included', returnsDeducted: 'Returns deducted', yes: 'yes', no: 'no',
  reports: 'Reports', frequency: 'Frequency', due: 'Due', submittedBy: 'Submitted by', receivedBy: 'Received by',
  interfaces: 'Interfaces', from: 'From', to: 'To', format: 'Format', schedule: 'Schedule',
  goal: 'Goal', objectives: 'Objectives', by: 'By', team: 'Team', lead: 'Lead', members: 'Members',
  phases: 'Phases', timeline: 'Timeline', phase: 'Phase', start: 'Start', finish: 'End', resources: 'Resources',
  exitCriteria: 'Exit criteria', training: 'Training', assessment: 'Assessment', required: 'Required',
  ownsSteps: 'Process steps', ownsActivities: 'RACI activities', ownsReports: 'Reports', ownsPhases: 'Rollout phases',
  ownsDocuments: 'Documents owned', ownsBoundaries: 'Boundaries', submits: 'submits', receives: 'receives', standard: 'Standard',
  matrix: 'Matrix', plan: 'Plan', nothing: 'none', stale: 'expired', sourceSystem: 'Source', cover: 'Cover',
  kpiDashboard: 'KPI dashboard',
};

/** Words for enumerated values (status, level, type, period, frequency). */
const ENUMS: Record<Lang, Record<string, string>> = {
  'zh-CN': {
    draft: '草案', pilot: '试点', active: '生效', deprecated: '已废止', planned: '筹建中', hq: '总部', region: '区域', rollout: '推广',
    day: '日', week: '周', month: '月', quarter: '季度', year: '年', daily: '每日', weekly: '每周', monthly: '每月', quarterly: '每季度',
    string: '文本', integer: '整数', decimal: '小数', currency: '金额', date: '日期', datetime: '日期时间', boolean: '布尔', enum: '枚举',
    ratio: '比率', hours: '小时', count: '数量',
  },
  en: {
    draft: 'draft', pilot: 'pilot', active: 'active', deprecated: 'deprecated', planned: 'planned', hq: 'HQ', region: 'region', rollout: 'rollout',
    day: 'day', week: 'week', month: 'month', quarter: 'quarter', year: 'year', daily: 'daily', weekly: 'weekly', monthly: 'monthly', quarterly: 'quarterly',
    string: 'text', integer: 'integer', decimal: 'decimal', currency: 'currency', date: 'date', datetime: 'date and time', boolean: 'yes/no', enum: 'one of',
    ratio: 'ratio', hours: 'hours', count: 'count',
  },
};

export function labels(lang: Lang): Labels {
  return lang === 'en' ? en : zh;
}

export function enumWord(lang: Lang, value: string | undefined): string {
  if (value === undefined) return '';
  return ENUMS[lang][value] ?? value;
}

const UNIT_EN: Record<string, [string, string]> = { h: ['hour', 'hours'], d: ['day', 'days'], bd: ['business day', 'business days'], w: ['week', 'weeks'] };
const UNIT_ZH: Record<string, string> = { h: '小时', d: '天', bd: '个工作日', w: '周' };

/** "24h" → "24 小时" / "24 hours"; text that is not a duration is returned as written. */
export function durationWords(lang: Lang, text: string | undefined): string {
  if (text === undefined) return '';
  const d = parseDuration(text);
  if (!d) return text;
  if (lang === 'zh-CN') return `${d.value} ${UNIT_ZH[d.unit]}`;
  const [one, many] = UNIT_EN[d.unit]!;
  return `${d.value} ${d.value === 1 ? one : many}`;
}

const WEEKDAY: Record<Lang, string[]> = {
  'zh-CN': ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};
const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];

const hhmm = (t: TimeOfDay): string => `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;

function ordinal(n: number): string {
  const s = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
  return `${n}${s}`;
}

/** A report's due time in words: "每周一 12:00前" / "every Monday by 12:00". */
export function dueWords(lang: Lang, frequency: string, text: unknown): string {
  if (text === undefined || text === null) return '';
  const due: Due | string = parseDue(frequency, text);
  if (typeof due === 'string') return String(text);
  const zhCN = lang === 'zh-CN';
  const at = (t?: TimeOfDay) => (t ? (zhCN ? ` ${hhmm(t)}前` : ` by ${hhmm(t)}`) : zhCN ? '前' : '');
  if (due.frequency === 'daily') return zhCN ? `每日 ${hhmm(due.time)}前` : `every day by ${hhmm(due.time)}`;
  if (due.frequency === 'weekly') {
    const day = WEEKDAY[lang][WEEKDAYS.indexOf(due.weekday)]!;
    return zhCN ? `每${day}${at(due.time)}` : `every ${day}${at(due.time)}`;
  }
  const q = due.frequency === 'quarterly';
  if (zhCN) {
    const day = due.day === 'last' ? '最后一天' : `${due.day}日`;
    return `${q ? '每季度首月' : '每月'}${day}${at(due.time)}`;
  }
  const day = due.day === 'last' ? 'the last day' : `the ${ordinal(due.day)}`;
  return `${day} of ${q ? "each quarter's first month" : 'each month'}${at(due.time)}`;
}

/** A KPI or objective value: ratios as percentages, other units after the number. */
export function quantity(lang: Lang, value: number | undefined, unit: string): string {
  if (value === undefined) return '';
  if (unit === 'ratio') return `${Math.round(value * 10000) / 100}%`;
  return `${value} ${enumWord(lang, unit)}`;
}
