// Words of the dashboard in the manual's language (zh-CN or en). User text (KPI and region
// names) is never translated: it is shown next to its id, "订单处理时效达标率 (order-sla-rate)".
import { enumWord, type Lang } from '../render/i18n.js';
import type { Status, Trend } from './types.js';

export type { Lang };
export const KPI_LANGS: readonly Lang[] = ['zh-CN', 'en'];

export interface KpiLabels {
  lang: Lang;
  dashboard: string;
  asOf: string;
  region: string;
  score: string;
  trend: string;
  kpis: string;
  metric: string;
  name: string;
  period: string;
  target: string;
  alertBelow: string;
  weight: string;
  previous: string;
  /** short forms in the terminal's limits: "target 95%, alert < 80% (was 83.6%)" */
  targetWord: string;
  alertWord: string;
  was: string;
  status: Record<Status, string>;
  heat: string;
  alerts: string;
  noAlerts: string;
  trends: string;
  manual: string;
  /** the legend's explanations */
  trendNote: string;
  scoreNote: string;
  okNote: string;
  alertNote: string;
  /** "3 regions" / "3 个区域" */
  count: (n: number, what: 'region' | 'kpi' | 'alert') => string;
  /** separator between listed parts: ", " / "," */
  comma: string;
  colon: string;
}

const EN_WORDS = { region: ['region', 'regions'], kpi: ['KPI', 'KPIs'], alert: ['alert', 'alerts'] } as const;
const ZH_WORDS = { region: '个区域', kpi: '个 KPI', alert: '条预警' } as const;

const en: KpiLabels = {
  lang: 'en', dashboard: 'KPI dashboard', asOf: 'as of', region: 'Region', score: 'Score', trend: 'Trend', kpis: 'KPIs',
  metric: 'Metric', name: 'Name', period: 'Period', target: 'Target', alertBelow: 'Alert below', weight: 'Weight', previous: 'previous',
  targetWord: 'target', alertWord: 'alert', was: 'was',
  status: { ok: 'ok', 'below-target': 'below target', alert: 'ALERT', missing: 'no data' },
  heat: 'Regions × KPIs', alerts: 'Alerts', noAlerts: 'No alerts.', trends: 'Trends', manual: 'Operations manual',
  trendNote: '↑ ↓ → against the previous period', scoreNote: 'score = weighted attainment of the targets',
  okNote: 'at or above target', alertNote: 'alert (below the alert threshold)',
  count: (n, what) => `${n} ${EN_WORDS[what][n === 1 ? 0 : 1]}`,
  comma: ', ', colon: ': ',
};

const zh: KpiLabels = {
  lang: 'zh-CN', dashboard: 'KPI 看板', asOf: '截至', region: '区域', score: '得分', trend: '趋势', kpis: 'KPI',
  metric: '指标', name: '名称', period: '统计周期', target: '目标值', alertBelow: '预警线(低于)', weight: '权重', previous: '上期',
  targetWord: '目标', alertWord: '预警', was: '上期',
  status: { ok: '达标', 'below-target': '未达标', alert: '预警', missing: '无数据' },
  heat: '区域 × KPI', alerts: '预警', noAlerts: '没有预警。', trends: '趋势', manual: '运营标准手册',
  trendNote: '↑ ↓ → 与上期相比', scoreNote: '得分 = 各 KPI 目标达成率的加权平均',
  okNote: '达到或高于目标', alertNote: '预警(低于预警线)',
  count: (n, what) => `${n} ${ZH_WORDS[what]}`,
  comma: ',', colon: ':',
};

export function kpiLabels(lang: Lang = 'en'): KpiLabels {
  return lang === 'zh-CN' ? zh : en;
}

/** "as of 2027-W08" / "截至 2027-W08" */
export const asOfText = (L: KpiLabels, period: string | null): string => `${L.asOf} ${period ?? '–'}`;

/** a name next to its id: "华东 (EC)"; just the id when the name is the id */
export const named = (name: string, id: string): string => (name === id || name === '' ? id : `${name} (${id})`);

/** a period type in words: "周" / "week" */
export const periodWord = (L: KpiLabels, type: string): string => enumWord(L.lang, type);

export const TREND_ARROW: Record<Trend, string> = { up: '↑', down: '↓', flat: '→', none: ' ' };

export const scoreText = (score: number | null): string => (score === null ? '–' : `${score.toFixed(1)}%`);
