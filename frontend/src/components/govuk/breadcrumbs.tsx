import { Link } from 'react-router-dom';

export type Breadcrumb = { text: string; to: string };

export function Breadcrumbs({ items }: { items: Breadcrumb[] }) {
  return (
    <nav className="govuk-breadcrumbs" aria-label="Breadcrumb">
      <ol className="govuk-breadcrumbs__list">
        {items.map((item) => (
          <li key={item.to} className="govuk-breadcrumbs__list-item">
            <Link className="govuk-breadcrumbs__link" to={item.to}>
              {item.text}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
