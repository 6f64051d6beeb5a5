import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient, expectData } from '@/lib/api-client';
import type { components } from '@/types/api';

export type HistoryList = components['schemas']['HistoryList'];

/** The kinds of record that keep a history, by the name of their collection in the API. */
export type HistoryCollection = 'strategies' | 'priorities' | 'outcomes' | 'services' | 'coproduction' | 'decisions';

/** How many changes a page of history shows. */
export const historyPageSize = 20;

/** One page of a record's changes, newest first (`page` counted from 0). */
export async function getRecordHistory(collection: HistoryCollection, areaCode: string, id: string, page: number): Promise<HistoryList> {
  const params = { params: { path: { areaCode, id }, query: { page, size: historyPageSize } } };
  switch (collection) {
    case 'strategies':
      return expectData(await apiClient.GET('/api/v1/areas/{areaCode}/strategies/{id}/history', params));
    case 'priorities':
      return expectData(await apiClient.GET('/api/v1/areas/{areaCode}/priorities/{id}/history', params));
    case 'outcomes':
      return expectData(await apiClient.GET('/api/v1/areas/{areaCode}/outcomes/{id}/history', params));
    case 'services':
      return expectData(await apiClient.GET('/api/v1/areas/{areaCode}/services/{id}/history', params));
    case 'coproduction':
      return expectData(await apiClient.GET('/api/v1/areas/{areaCode}/coproduction/{id}/history', params));
    case 'decisions':
      return expectData(await apiClient.GET('/api/v1/areas/{areaCode}/decisions/{id}/history', params));
  }
}

/** Read afresh each time the page is shown: a change saved a moment ago must be in it. */
export function useRecordHistory(collection: HistoryCollection, areaCode: string, id: string, page: number) {
  return useQuery({
    queryKey: ['history', collection, areaCode, id, page],
    queryFn: () => getRecordHistory(collection, areaCode, id, page),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
