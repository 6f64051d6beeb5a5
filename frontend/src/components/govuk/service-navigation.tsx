import { Link } from 'react-router-dom';

export type ServiceNavigationItem = {
  text: string;
  /** An in-app route, or a full URL when `external` is set. */
  href: string;
  external?: boolean;
  /** Done instead of following an external link (which stays for when scripts do not run). */
  onClick?: () => void;
  /** `page` on the item's own page; `section` on a page inside its section (a record of that type). */
  active?: 'page' | 'section' | boolean;
};

export function ServiceNavigation({
  items,
  label = 'Menu',
  regionLabel = 'Service information',
  serviceName,
}: {
  items: ServiceNavigationItem[];
  label?: string;
  /** Names the whole bar; each bar on a page needs its own. */
  regionLabel?: string;
  /** Shown before the links, e.g. the area the links belong to. */
  serviceName?: { text: string; href: string };
}) {
  return (
    <section aria-label={regionLabel} className="govuk-service-navigation">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          {serviceName && (
            <span className="govuk-service-navigation__service-name">
              <Link to={serviceName.href} className="govuk-service-navigation__link">
                {serviceName.text}
              </Link>
            </span>
          )}
          <nav aria-label={label} className="govuk-service-navigation__wrapper">
            <ul className="govuk-service-navigation__list">
              {items.map((item) => (
                <li
                  key={item.text}
                  className={`govuk-service-navigation__item${item.active ? ' govuk-service-navigation__item--active' : ''}`}
                >
                  {item.external ? (
                    <a
                      className="govuk-service-navigation__link"
                      href={item.href}
                      onClick={
                        item.onClick &&
                        ((event) => {
                          event.preventDefault();
                          item.onClick?.();
                        })
                      }
                    >
                      {item.text}
                    </a>
                  ) : (
                    <Link
                      className="govuk-service-navigation__link"
                      to={item.href}
                      aria-current={item.active === 'section' ? 'true' : item.active ? 'page' : undefined}
                    >
                      {item.active ? <strong className="govuk-service-navigation__active-fallback">{item.text}</strong> : item.text}
                    </Link>
                  )}
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </section>
  );
}
