import { ForbiddenPage } from '@/app/error-pages';

/** The import pages' answer to a viewer or an analyst: importing is for editors and admins. */
export function CannotImportPage() {
  return (
    <ForbiddenPage
      heading="You cannot import indicator values"
      reason="Only editors, for their own areas, and administrators may import indicator values. Your account can view and download them."
    />
  );
}

/** The names of the caller's own areas among those listed, for "You may import values for …". */
export function ownAreaNames(areaCodes: string[], areas: { code: string; name: string }[]): string[] {
  return areas.filter((area) => areaCodes.includes(area.code)).map((area) => area.name);
}
