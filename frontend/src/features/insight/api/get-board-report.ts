import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { BoardReport } from '@/features/insight/types';
import { apiClient, expectData } from '@/lib/api-client';

/** The report for the board on `date` (default today), counting changes from `since` (default three months before). */
export async function getBoardReport(areaCode: string, date?: string, since?: string): Promise<BoardReport> {
  const data = expectData(
    await apiClient.GET('/api/v1/areas/{areaCode}/board-report', { params: { path: { areaCode }, query: { date, since } } }),
  );
  return data as BoardReport;
}

export function useBoardReport(areaCode: string, date?: string, since?: string) {
  return useQuery({
    queryKey: ['insight', areaCode, 'board-report', date ?? null, since ?? null],
    queryFn: () => getBoardReport(areaCode, date, since),
    placeholderData: keepPreviousData,
  });
}
