import { useQuery } from '@tanstack/react-query';
import { toApiError } from '@/lib/api-client';

/** A term of one of the feed's SEND taxonomies, as Open Referral UK words it. */
export type LocalOfferTerm = { id: string; name: string; taxonomy?: string; term?: string };

/** What the public Local Offer feed says of a service (Open Referral UK 3.0, the fields SEND Hub fills). */
export type LocalOfferEntry = {
  id: string;
  name: string;
  description?: string;
  url?: string;
  status: 'active' | 'inactive' | 'defunct' | 'temporarily closed';
  minimum_age?: number;
  maximum_age?: number;
  last_modified?: string;
  organization?: { id: string; name: string };
  service_areas?: { id: string; name?: string }[];
  attributes?: { id: string; taxonomy_term?: LocalOfferTerm }[];
};

/**
 * Reads the service from the public feed itself, so the preview is what directories get.
 * `no-cache` revalidates the browser's copy (the feed may be cached a minute) after an edit.
 */
export async function getLocalOfferEntry(areaCode: string, id: string): Promise<LocalOfferEntry> {
  const response = await fetch(`${window.location.origin}/openreferral/${encodeURIComponent(areaCode)}/services/${encodeURIComponent(id)}`, {
    headers: { Accept: 'application/json' },
    cache: 'no-cache',
  });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw toApiError(response, body);
  return body as LocalOfferEntry;
}

export function useLocalOfferEntry(areaCode: string, id: string, version: number, enabled: boolean) {
  return useQuery({
    queryKey: ['local-offer', areaCode, id, version],
    queryFn: () => getLocalOfferEntry(areaCode, id),
    enabled,
    retry: false,
  });
}
