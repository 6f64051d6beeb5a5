import { useMutation } from '@tanstack/react-query';
import type { ValuesQuery } from '@/features/indicator/utils/selection';
import { apiClient, toApiError } from '@/lib/api-client';

/** The file name from `Content-Disposition: attachment; filename="..."`, or a fallback. */
export function fileNameFrom(disposition: string | null, fallback = 'indicator-values.csv'): string {
  const match = disposition && /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return match ? decodeURIComponent(match[1]) : fallback;
}

/** Saves a file the browser holds, as a download link would. */
function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the file after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The CSV of exactly the values of `query`, saved under the server's file name. It is fetched
 * (not linked to) because the API needs the bearer token.
 */
export async function downloadIndicatorValues(query: ValuesQuery): Promise<string> {
  const result = await apiClient.GET('/api/v1/indicator-values', {
    params: { query: { ...query, format: 'csv' } },
    headers: { Accept: 'text/csv, application/problem+json' },
    parseAs: 'blob',
  });
  if (!result.response.ok) throw toApiError(result.response, await problemBody(result.error));
  const fileName = fileNameFrom(result.response.headers.get('Content-Disposition'));
  save(result.data as Blob, fileName);
  return fileName;
}

async function problemBody(error: unknown): Promise<unknown> {
  if (error instanceof Blob) {
    try {
      return JSON.parse(await error.text());
    } catch {
      return undefined;
    }
  }
  return error;
}

export function useDownloadIndicatorValues() {
  return useMutation({ mutationFn: downloadIndicatorValues });
}
