import { Link } from 'react-router-dom';

type PageLink = number | 'ellipsis';

/**
 * The pages to link to: the first, the last, the current one and one either side of it. An
 * ellipsis stands for the pages left out, unless it would stand for a single page, which is
 * then shown instead (it takes the same room).
 */
function pageLinks(current: number, pageCount: number): PageLink[] {
  const shown = [...new Set([1, current - 1, current, current + 1, pageCount])]
    .filter((page) => page >= 1 && page <= pageCount)
    .sort((a, b) => a - b);
  return shown.flatMap((page, index): PageLink[] => {
    const gap = page - (shown[index - 1] ?? 0) - 1;
    return gap === 0 ? [page] : gap === 1 ? [page - 1, page] : ['ellipsis', page];
  });
}

const arrowPaths = {
  prev: 'm6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z',
  next: 'm8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z',
};

/** The arrow beside Previous or Next, as GOV.UK's template draws it. */
function Arrow({ direction }: { direction: keyof typeof arrowPaths }) {
  return (
    <svg
      className={`govuk-pagination__icon govuk-pagination__icon--${direction}`}
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      <path d={arrowPaths[direction]} />
    </svg>
  );
}

/** GOV.UK's numbered pagination (pages counted from 1); nothing when everything fits on one page. */
export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount < 2) return null;
  return (
    <nav className="govuk-pagination" aria-label="Pagination">
      {page > 1 && (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" to={hrefFor(page - 1)} rel="prev">
            <Arrow direction="prev" />
            <span className="govuk-pagination__link-title">
              Previous<span className="govuk-visually-hidden"> page</span>
            </span>
          </Link>
        </div>
      )}
      <ul className="govuk-pagination__list">
        {pageLinks(page, pageCount).map((link, index) =>
          link === 'ellipsis' ? (
            <li key={`ellipsis-${index}`} className="govuk-pagination__item govuk-pagination__item--ellipsis">
              ⋯
            </li>
          ) : (
            <li key={link} className={`govuk-pagination__item${link === page ? ' govuk-pagination__item--current' : ''}`}>
              <Link
                className="govuk-link govuk-pagination__link"
                to={hrefFor(link)}
                aria-label={`Page ${link}`}
                aria-current={link === page ? 'page' : undefined}
              >
                {link}
              </Link>
            </li>
          ),
        )}
      </ul>
      {page < pageCount && (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" to={hrefFor(page + 1)} rel="next">
            <span className="govuk-pagination__link-title">
              Next<span className="govuk-visually-hidden"> page</span>
            </span>
            <Arrow direction="next" />
          </Link>
        </div>
      )}
    </nav>
  );
}
