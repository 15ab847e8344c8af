import { reportDue } from '../../src/core/lint/rules/report-due.js';
import { DICTIONARY, repo } from '../helpers/lint.js';
import { ruleTester } from '../helpers/rule-tester.js';

const F = 'dictionaries/sales.yaml';
const due = (frequency: string, value: string) => repo({ [F]: DICTIONARY.replace("frequency: weekly, due: 'MON 12:00'", `frequency: ${frequency}, due: ${value}`) });
const at = { path: 'spec.reports[0].due', line: 12 };

ruleTester(reportDue, {
  file: F,
  valid: [
    { name: 'the base repository', files: repo() },
    { name: 'weekly, the last minute of the week', files: due('weekly', "'SUN 23:59'") },
    { name: 'weekly, a weekday alone', files: due('weekly', 'FRI') },
    { name: 'daily at midnight', files: due('daily', "'00:00'") },
    { name: 'daily, a one-digit hour', files: due('daily', "'9:30'") },
    { name: 'monthly, a day as text', files: due('monthly', "'5'") },
    { name: 'monthly, day 28 with a time', files: due('monthly', "'28 10:00'") },
    { name: 'monthly, the last day', files: due('monthly', 'L') },
    { name: 'quarterly, the last day with a time', files: due('quarterly', "'L 18:00'") },
    { name: 'no due at all', files: repo({ [F]: DICTIONARY.replace(", due: 'MON 12:00'", '') }) },
  ],
  invalid: [
    { name: 'daily at 24:00', files: due('daily', "'24:00'"), errors: [{ ...at, message: 'report "weekly-sales": due "24:00": hour 24 is out of range' }] },
    { name: 'minute 60', files: due('weekly', "'MON 12:60'"), errors: [{ ...at, message: 'minute 60 is out of range' }] },
    { name: 'a weekday spelled out', files: due('weekly', "'MONDAY 12:00'"), errors: [{ ...at, message: 'due "MONDAY 12:00" is not a weekly due time: write a weekday' }] },
    { name: 'daily with a weekday', files: due('daily', "'MON 12:00'"), errors: [{ ...at, message: 'is not a daily due time' }] },
    { name: 'weekly with a day of month', files: due('weekly', "'5'"), errors: [{ ...at, message: 'is not a weekly due time' }] },
    { name: 'monthly on the 31st', files: due('monthly', "'31'"), errors: [{ ...at, message: 'day 31 does not exist in every month: write L' }] },
    { name: 'monthly on day 0', files: due('monthly', "'0'"), errors: [{ ...at, message: 'is not a monthly due time' }] },
    { name: 'quarterly as a quarter name', files: due('quarterly', 'Q1'), errors: [{ ...at, message: 'is not a quarterly due time' }] },
  ],
});
