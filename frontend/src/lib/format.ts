const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2023-03-31" as "31 March 2023"; empty for no date. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : longDate.format(date);
}

const dayWords = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
const timeWords = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hourCycle: 'h12', timeZone: 'Europe/London' });

/** A moment as GOV.UK writes it, in UK time: "1 December 2026 at 6:37pm". */
export function formatDateTime(iso: string): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso;
  const time = timeWords.format(moment).replace(/\s/g, '').toLowerCase();
  return `${dayWords.format(moment)} at ${time === '12:00pm' ? 'midday' : time === '12:00am' ? 'midnight' : time}`;
}

export function formatPeriod(start: string | null | undefined, end: string | null | undefined): string {
  if (start && end) return `${formatDate(start)} to ${formatDate(end)}`;
  if (start) return `From ${formatDate(start)}`;
  if (end) return `Until ${formatDate(end)}`;
  return 'Not stated';
}

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 0, maximumFractionDigits: 0 });
const poundsAndPence = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 450000.5 as "£450,000.50" and 450000 as "£450,000"; empty for no amount. */
export function formatMoney(amount: number | null | undefined): string {
  if (amount === null || amount === undefined) return '';
  return Number.isInteger(amount) ? pounds.format(amount) : poundsAndPence.format(amount);
}

/** "1 service", "3 services". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : plural}`;
}

/** Text typed one item a line (or, where `commas` is set, also comma-separated) as a list. */
export function splitList(text: string, { commas = false } = {}): string[] {
  return text
    .split(commas ? /[\n,]/ : /\n/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** A value to show, or "None" when it is empty. */
export function orNone(text: string | null | undefined): string {
  return text && text.trim() !== '' ? text : 'None';
}
