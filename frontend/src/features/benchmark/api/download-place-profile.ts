import { useMutation } from '@tanstack/react-query';
import type { ConfidenceLevel } from '@/features/benchmark/types';
import { apiClient, toApiError } from '@/lib/api-client';
import { fileNameFrom, problemBody, saveFile } from '@/lib/file-download';

/** `csv`: one row per profile row, the comparisons in columns; `fingertips`: the place's series in fingertipsR's columns. */
export type ProfileFormat = 'csv' | 'fingertips';

export type ProfileDownload = { code: string; confidence: ConfidenceLevel; format: ProfileFormat };

/**
 * The profile as a CSV, saved under the server's file name. It is fetched (not linked to)
 * because the API needs the bearer token.
 */
export async function downloadPlaceProfile({ code, confidence, format }: ProfileDownload): Promise<string> {
  const result = await apiClient.GET('/api/v1/geography/{code}/profile', {
    params: { path: { code }, query: { confidence, format } },
    headers: { Accept: 'text/csv, application/problem+json' },
    parseAs: 'blob',
  });
  if (!result.response.ok) throw toApiError(result.response, await problemBody(result.error));
  const fileName = fileNameFrom(result.response.headers.get('Content-Disposition'), `${code}-profile.csv`);
  saveFile(result.data as Blob, fileName);
  return fileName;
}

export function useDownloadPlaceProfile() {
  return useMutation({ mutationFn: downloadPlaceProfile });
}
