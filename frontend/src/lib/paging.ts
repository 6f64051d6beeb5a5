import { countOf } from '@/lib/format';

/** How many records a list shows on a page. */
export const listPageSize = 50;

/** The most the API gives in one page (so reading a whole list takes as few requests as it can). */
const largestPageSize = 500;

/** One page of a list as the API answers it (`page` counted from 0). */
export type ListPage = { page: number; size: number; total: number; items: unknown[] };

/**
 * Every record of a list, read page after page: for choices (link checkboxes, areas, strategies),
 * which must offer all of them however many pages they fill.
 */
export async function readAllPages<T>(readPage: (page: number, size: number) => Promise<{ items: T[]; total: number }>): Promise<{ items: T[] }> {
  const items: T[] = [];
  for (let page = 0; ; page += 1) {
    const list = await readPage(page, largestPageSize);
    items.push(...list.items);
    if (list.items.length < largestPageSize || items.length >= list.total) return { items };
  }
}

/**
 * How many records match and, when they fill more than one page, which of them are shown:
 * "7 services match these filters", "Showing 51 to 100 of 734 services".
 */
export function listCount(
  { page, size, total, items }: ListPage,
  { singular, plural, filtered }: { singular: string; plural?: string; filtered: boolean },
): string {
  const count = countOf(total, singular, plural);
  if (total <= size) return filtered ? `${count} ${total === 1 ? 'matches' : 'match'} these filters` : count;
  const first = page * size + 1;
  const last = first + items.length - 1;
  return `Showing ${first.toLocaleString('en-GB')} to ${last.toLocaleString('en-GB')} of ${count}${filtered ? ' that match these filters' : ''}`;
}
