import type { FieldError } from '@/lib/api-client';
import { isIsoDate } from '@/lib/dates';
import { formatDate } from '@/lib/format';

/** The boxes of a GOV.UK date input, in the order they are shown. */
export const dateParts = ['day', 'month', 'year'] as const;
export type DatePart = (typeof dateParts)[number];

/** A date as typed into the three boxes, so nothing the user entered is lost or reformatted. */
export type DateParts = Record<DatePart, string>;

export function emptyDate(): DateParts {
  return { day: '', month: '', year: '' };
}

/** The ids of a date input's boxes: `contractStart-day`, `contractStart-month`, `contractStart-year`. */
export function datePartIds(id: string): string[] {
  return dateParts.map((part) => `${id}-${part}`);
}

/** A saved date ("2026-03-07") as the user would type it: 7, 3, 2026. */
export function datePartsFromIso(isoDate: string | null | undefined): DateParts {
  if (!isoDate) return emptyDate();
  const [year, month, day] = isoDate.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** GOV.UK asks services to accept a month written as a word ("mar", "March") as well as a number. */
function monthNumber(month: string): number | undefined {
  if (/^\d{1,2}$/.test(month)) return Number(month);
  const name = month.toLowerCase();
  const index = name.length >= 3 ? monthNames.findIndex((monthName) => monthName.startsWith(name)) : -1;
  return index === -1 ? undefined : index + 1;
}

function trimmed(parts: DateParts): DateParts {
  return { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() };
}

function isoFrom(parts: DateParts): string {
  return `${parts.year}-${String(monthNumber(parts.month)).padStart(2, '0')}-${parts.day.padStart(2, '0')}`;
}

/** The ISO date ("2026-03-27") of a date that passed `dateProblems`; null when all three boxes are empty. */
export function isoFromDateParts(parts: DateParts): string | null {
  const date = trimmed(parts);
  if (dateParts.every((part) => date[part] === '')) return null;
  return isoFrom(date);
}

function listed(parts: DatePart[]): string {
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * What is wrong with an optional date, in the GOV.UK Design System's words ("Contract start date
 * must include a month"). An error on a box (`contractStart.month`) marks that box; an error on
 * the date itself (`contractStart`) marks all three. None when it is a real date or left empty.
 */
export function dateProblems(field: string, label: string, parts: DateParts): FieldError[] {
  const date = trimmed(parts);
  const onBoxes = (boxes: DatePart[], message: string) => boxes.map((box) => ({ field: `${field}.${box}`, message }));

  const missing = dateParts.filter((part) => date[part] === '');
  if (missing.length === dateParts.length) return [];
  if (missing.length > 0) return onBoxes(missing, `${label} must include a ${listed(missing)}`);

  const month = monthNumber(date.month);
  const wrong = dateParts.filter((part) => {
    if (part === 'day') return !/^\d{1,2}$/.test(date.day) || Number(date.day) < 1 || Number(date.day) > 31;
    if (part === 'month') return month === undefined || month < 1 || month > 12;
    return !/^\d+$/.test(date.year);
  });
  if (wrong.length === 1) return onBoxes(wrong, `${label} must be a real date`);
  if (wrong.length > 1) return [{ field, message: `${label} must be a real date` }];
  if (date.year.length !== 4) return onBoxes(['year'], `${label} must include a year with 4 numbers`);
  // Every box is right on its own, but the day may not be in the month (31 2 2026, or 29 2 2027).
  if (!isIsoDate(isoFrom(date))) return [{ field, message: `${label} must be a real date` }];
  return [];
}

/** A date as typed, in words: "31 March 2026" when it is a real date, the boxes as typed when not, "None" when empty. */
export function dateInWords(parts: DateParts): string {
  const date = trimmed(parts);
  if (dateParts.every((part) => date[part] === '')) return 'None';
  if (dateProblems('date', 'Date', date).length > 0) return dateParts.map((part) => date[part]).filter(Boolean).join(' ');
  return formatDate(isoFrom(date));
}
