import { Link } from 'react-router-dom';

export type ServiceNavigationItem = {
  text: string;
  /** An in-app route, or a full URL when `external` is set. */
  href: string;
  external?: boolean;
  active?: boolean;
};

export function ServiceNavigation({ items, label = 'Menu' }: { items: ServiceNavigationItem[]; label?: string }) {
  return (
    <section aria-label="Service information" className="govuk-service-navigation">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label={label} className="govuk-service-navigation__wrapper">
            <ul className="govuk-service-navigation__list">
              {items.map((item) => (
                <li
                  key={item.text}
                  className={`govuk-service-navigation__item${item.active ? ' govuk-service-navigation__item--active' : ''}`}
                >
                  {item.external ? (
                    <a className="govuk-service-navigation__link" href={item.href}>
                      {item.text}
                    </a>
                  ) : (
                    <Link
                      className="govuk-service-navigation__link"
                      to={item.href}
                      aria-current={item.active ? 'page' : undefined}
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
