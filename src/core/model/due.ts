// When a report is due, per its frequency: lint checks it, the renderer writes it in words.
//   daily      HH:MM
//   weekly     MON..SUN, optionally followed by HH:MM
//   monthly    day of month 1-28 or L (last day), optionally followed by HH:MM
//   quarterly  a day of the quarter's first month, same shape as monthly

export type Frequency = 'daily' | 'weekly' | 'monthly' | 'quarterly';
export const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface TimeOfDay {
  hour: number;
  minute: number;
}

export type Due =
  | { frequency: 'daily'; time: TimeOfDay }
  | { frequency: 'weekly'; weekday: Weekday; time?: TimeOfDay }
  | { frequency: 'monthly' | 'quarterly'; day: number | 'last'; time?: TimeOfDay };

const TIME = /^(\d{1,2}):(\d{2})$/;
const EXAMPLES: Record<Frequency, string> = {
  daily: 'a time such as 09:30 or 18:00',
  weekly: 'a weekday and an optional time such as MON 12:00 or FRI',
  monthly: 'a day of the month 1-28 or L (last day) and an optional time, such as 5, 5 10:00 or L 18:00',
  quarterly: "a day of the quarter's first month 1-28 or L (last day) and an optional time, such as 15 or L 18:00",
};

function parseTime(text: string): TimeOfDay | string {
  const m = TIME.exec(text);
  if (!m) return `"${text}" is not a time: write HH:MM, e.g. 09:30`;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 23) return `hour ${m[1]} is out of range: hours run from 00 to 23 (write 00:00 for midnight)`;
  if (minute > 59) return `minute ${m[2]} is out of range: minutes run from 00 to 59`;
  return { hour, minute };
}

/** The parsed due value, or a message saying what is wrong and what to write. */
export function parseDue(frequency: string, text: unknown): Due | string {
  if (!(frequency in EXAMPLES)) return `unknown frequency "${frequency}": use daily, weekly, monthly or quarterly`;
  const f = frequency as Frequency;
  const raw = typeof text === 'number' && Number.isInteger(text) ? String(text) : text;
  if (typeof raw !== 'string' || raw.trim() === '') return `due ${JSON.stringify(text) ?? String(text)} is not a ${f} due time: write ${EXAMPLES[f]}`;
  const parts = raw.trim().split(/\s+/);
  const bad = `due "${raw}" is not a ${f} due time: write ${EXAMPLES[f]}`;
  if (parts.length > 2) return bad;
  const [head, tail] = parts as [string, string | undefined];
  const time = tail === undefined ? undefined : parseTime(tail);
  if (typeof time === 'string') return `due "${raw}": ${time}`;

  if (f === 'daily') {
    if (tail !== undefined) return bad;
    const t = parseTime(head);
    return typeof t === 'string' ? (TIME.test(head) ? `due "${raw}": ${t}` : bad) : { frequency: f, time: t };
  }
  if (f === 'weekly') {
    const weekday = WEEKDAYS.find((d) => d === head.toUpperCase());
    if (!weekday) return bad;
    return time ? { frequency: f, weekday, time } : { frequency: f, weekday };
  }
  const n = /^\d{1,2}$/.test(head) ? Number(head) : NaN;
  let day: number | 'last';
  if (head.toUpperCase() === 'L') day = 'last';
  else if (n >= 1 && n <= 28) day = n;
  else if (n >= 29 && n <= 31) return `due "${raw}": day ${head} does not exist in every month: write L for the last day, or a day from 1 to 28`;
  else return bad;
  return time ? { frequency: f, day, time } : { frequency: f, day };
}
