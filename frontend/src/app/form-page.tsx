import type { ReactNode } from 'react';
import { ForbiddenPage, LoadFailurePage, LoadingPage } from '@/app/error-pages';
import { Page } from '@/app/page';
import { useMe, type Me } from '@/features/me/api/get-me';

/** Something the form needs: a query, or a value that is there once it has been read. */
type Load = { isError?: boolean; error?: unknown; data: unknown };
type DataOf<L extends readonly Load[]> = { [K in keyof L]: NonNullable<L[K]['data']> };

/**
 * The page of an add or edit form. It waits for all the form needs (or shows why it cannot load),
 * then shows the form only to users who may use it.
 */
export function FormPage<const L extends readonly Load[]>({
  loads,
  may = (me) => me.canEdit,
  forbidden,
  backLink,
  children,
}: {
  loads: L;
  may?: (me: Me) => boolean;
  /** The page for a user who may not: its heading and, when it is not that they may only view, why. */
  forbidden: { heading: string; reason?: string };
  backLink: string;
  /** The form, given what was loaded. */
  children: (...data: DataOf<L>) => ReactNode;
}) {
  const me = useMe();
  // Every query's state is read on every render: a query re-renders the page only for what it has been read for.
  const all = [me, ...loads];
  const failed = all.filter((load) => load.isError)[0];
  const loading = all.filter((load) => load.data === undefined).length > 0;
  if (failed) return <LoadFailurePage error={failed.error} />;
  if (loading || !me.data) return <LoadingPage />;
  if (!may(me.data)) return <ForbiddenPage {...forbidden} />;
  return <Page backLink={backLink}>{children(...(loads.map((load) => load.data) as DataOf<L>))}</Page>;
}
