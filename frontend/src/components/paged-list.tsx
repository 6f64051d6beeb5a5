import { useEffect, useRef, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { Pagination } from '@/components/govuk/pagination';
import { listCount, type ListPage } from '@/lib/paging';
import { withPage } from '@/lib/search-params';

/**
 * One page of a list: how many records match and which are shown, the records, and links to the
 * other pages (the page is kept in the address, with the filters and sort). An address past the
 * last page, such as an old link to a list that has since shrunk, is taken to the last page.
 */
export function PagedList({
  list,
  singular,
  plural,
  filtered,
  summary,
  children,
}: {
  list: ListPage;
  /** What the records are called: "service", "priority" (with `plural` "priorities"). */
  singular: string;
  plural?: string;
  filtered: boolean;
  /** A sentence said after the count. */
  summary?: string;
  children: ReactNode;
}) {
  const { pathname, search } = useLocation();
  const count = useRef<HTMLParagraphElement>(null);
  const shownPage = useRef(list.page);

  useEffect(() => {
    if (shownPage.current === list.page) return;
    shownPage.current = list.page;
    // After a page link (which may be gone now, as Next on the last page), focus goes to the
    // count, as after a full page load: a screen reader says which records are shown.
    const focused = document.activeElement;
    if (!focused || focused === document.body || focused.closest('.govuk-pagination')) count.current?.focus();
  }, [list.page]);

  const pageCount = Math.max(1, Math.ceil(list.total / list.size));
  const hrefFor = (page: number) => {
    const query = withPage(new URLSearchParams(search), page).toString();
    return query ? `${pathname}?${query}` : pathname;
  };
  if (list.page >= pageCount) return <Navigate replace to={hrefFor(pageCount)} />;

  return (
    <>
      <p className="govuk-body" role="status" tabIndex={-1} ref={count}>
        {listCount(list, { singular, plural, filtered })}
        {summary ? `. ${summary}` : ''}
      </p>
      {children}
      <Pagination page={list.page + 1} pageCount={pageCount} hrefFor={hrefFor} />
    </>
  );
}

/** What a list says while it loads, when it fails, and when it is empty: "Loading outcomes…", "This area has no outcomes yet." */
export type ListTexts = { failed: string; loading: string; none: string; noMatch: string };

/**
 * The usual texts of a list of `plural` ("outcomes") belonging to `owner` ("This area"); `next`
 * says what to do about an empty list ("Add an outcome to start."). Every empty list says what next.
 */
export function listTexts(plural: string, owner: string, next?: string): ListTexts {
  return {
    failed: `The ${plural} could not be loaded. Try again later.`,
    loading: `Loading ${plural}…`,
    none: next ? `${owner} has no ${plural} yet. ${next}` : `${owner} has no ${plural} yet.`,
    noMatch: `No ${plural} match these filters. Change or clear the filters to see more.`,
  };
}

/** A page of a list as it is read: loading, failed, empty (or nothing matching), or the page with its count and links to the others. */
export function PagedQuery<L extends ListPage>({
  query,
  texts,
  singular,
  plural,
  filtered,
  summary,
  children,
}: {
  query: { isError: boolean; data: L | undefined };
  texts: ListTexts;
  singular: string;
  plural?: string;
  filtered: boolean;
  summary?: (list: L) => string | undefined;
  children: (list: L) => ReactNode;
}) {
  const list = query.data;
  if (query.isError) return <p className="govuk-body">{texts.failed}</p>;
  if (list === undefined) {
    return (
      <p className="govuk-body" role="status">
        {texts.loading}
      </p>
    );
  }
  if (list.total === 0) {
    return (
      <p className="govuk-body" role="status">
        {filtered ? texts.noMatch : texts.none}
      </p>
    );
  }
  return (
    <PagedList list={list} singular={singular} plural={plural} filtered={filtered} summary={summary?.(list)}>
      {children(list)}
    </PagedList>
  );
}
