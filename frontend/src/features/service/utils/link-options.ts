import type { Service } from '@/features/service/types';
import type { LinkOption } from '@/lib/link-choices';

/** The services a record may link to, each with its provider. */
export function serviceOptions(services: Service[]): LinkOption[] {
  return services.map((service) => ({
    id: service.id,
    label: service.name,
    hint: service.provider ?? undefined,
    archived: service.archived,
  }));
}
