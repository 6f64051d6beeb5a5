import type { EesImportReport, EesMapping } from '@/features/indicator/ees-types';
import { toApiError } from '@/lib/api-client';
import { getAccessToken, signInAgain } from '@/lib/auth';

export type EesImportVariables = {
  file: Blob;
  /** A mapping built on the page, or the code of a saved one. */
  mapping: { mapping: EesMapping } | { mappingCode: string };
  dryRun: boolean;
  /** Called as the file goes up: bytes sent of the bytes to send. */
  onProgress?: (sent: number, total: number) => void;
  /** Called once the whole file is sent and the service is reading it. */
  onSent?: () => void;
  signal?: AbortSignal;
};

/** The import was stopped by the user before it finished. */
export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled');
    this.name = 'ImportCancelled';
  }
}

function readBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Sends an EES file with its mapping (multipart, as `curl -F` does). XMLHttpRequest rather than
 * fetch: only it reports how much of a large upload has gone, which the page shows as progress.
 * The file goes as it is on disk, so the API sees its bytes, BOM and all.
 */
export async function importEesFile({ file, mapping, dryRun, onProgress, onSent, signal }: EesImportVariables): Promise<EesImportReport> {
  const form = new FormData();
  form.append('file', file, file instanceof File ? file.name : 'ees.csv');
  if ('mappingCode' in mapping) form.append('mappingCode', mapping.mappingCode);
  else form.append('mapping', JSON.stringify(mapping.mapping));
  form.append('dryRun', String(dryRun));
  const token = await getAccessToken();
  if (signal?.aborted) throw new ImportCancelled();

  return new Promise<EesImportReport>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `${globalThis.location?.origin ?? ''}/api/v1/ees-imports`);
    request.setRequestHeader('Accept', 'application/json, application/problem+json');
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded, event.total);
    });
    request.upload.addEventListener('load', () => onSent?.());
    request.addEventListener('load', () => {
      const body = readBody(request.responseText);
      if (request.status >= 200 && request.status < 300) {
        resolve(body as EesImportReport);
        return;
      }
      if (request.status === 401) signInAgain();
      if (request.status < 200 || request.status > 599) {
        reject(new TypeError('The service could not be reached'));
        return;
      }
      reject(toApiError(new Response(null, { status: request.status, statusText: request.statusText }), body));
    });
    request.addEventListener('error', () => reject(new TypeError('The service could not be reached')));
    request.addEventListener('abort', () => reject(new ImportCancelled()));
    signal?.addEventListener('abort', () => request.abort());
    request.send(form);
  });
}
