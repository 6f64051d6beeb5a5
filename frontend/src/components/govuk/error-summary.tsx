import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';

export type ErrorSummaryItem = { text: string; href?: string };

/** Puts the focus on the field (not just scrolls), and shows its label or legend with it. */
function focusField(event: MouseEvent<HTMLAnchorElement>, href: string) {
  const field = document.getElementById(href.slice(1));
  if (!field) return;
  event.preventDefault();
  const legendOrLabel = field.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${field.id}"]`);
  (legendOrLabel ?? field).scrollIntoView?.();
  field.focus({ preventScroll: true });
}

/**
 * Focused when it appears and each time `focusKey` changes (a new submit), so the user
 * hears what is wrong before anything else.
 */
export function ErrorSummary({
  title = 'There is a problem',
  items = [],
  focusKey,
  children,
}: {
  title?: string;
  items?: ErrorSummaryItem[];
  focusKey?: unknown;
  children?: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  return (
    <div ref={ref} className="govuk-error-summary" tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          {children}
          {items.length > 0 && (
            <ul className="govuk-list govuk-error-summary__list">
              {items.map((item, index) => (
                <li key={`${item.href ?? ''}-${index}`}>
                  {item.href ? (
                    <a href={item.href} onClick={(event) => focusField(event, item.href as string)}>
                      {item.text}
                    </a>
                  ) : (
                    item.text
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}
