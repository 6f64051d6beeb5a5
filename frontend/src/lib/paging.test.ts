import { describe, expect, it, vi } from 'vitest';
import { listCount, readAllPages } from '@/lib/paging';

describe('paging', () => {
  it('reads a whole list page after page, as many as the API gives at once', async () => {
    const records = Array.from({ length: 1234 }, (_, index) => index);
    const readPage = vi.fn(async (page: number, size: number) => ({ items: records.slice(page * size, (page + 1) * size), total: records.length }));

    expect((await readAllPages(readPage)).items).toEqual(records);
    expect(readPage.mock.calls).toEqual([
      [0, 500],
      [1, 500],
      [2, 500],
    ]);
  });

  it('stops at a full last page without asking for an empty one', async () => {
    const readPage = vi.fn(async (page: number, size: number) => ({ items: Array.from({ length: size }, () => page), total: 1000 }));

    expect((await readAllPages(readPage)).items).toHaveLength(1000);
    expect(readPage).toHaveBeenCalledTimes(2);
  });

  it('counts a list on one page, and says which records a page of many shows', () => {
    const page = (number: number, shown: number, total: number) => ({ page: number, size: 50, total, items: Array.from({ length: shown }) });

    expect(listCount(page(0, 7, 7), { singular: 'service', filtered: false })).toBe('7 services');
    expect(listCount(page(0, 2, 2), { singular: 'priority', plural: 'priorities', filtered: true })).toBe('2 priorities match these filters');
    expect(listCount(page(0, 1, 1), { singular: 'indicator', filtered: true })).toBe('1 indicator matches these filters');
    expect(listCount(page(1, 50, 734), { singular: 'service', filtered: false })).toBe('Showing 51 to 100 of 734 services');
    expect(listCount(page(14, 34, 734), { singular: 'service', filtered: true })).toBe('Showing 701 to 734 of 734 services that match these filters');
    expect(listCount(page(40, 50, 2500), { singular: 'indicator', filtered: false })).toBe('Showing 2,001 to 2,050 of 2,500 indicators');
  });
});
