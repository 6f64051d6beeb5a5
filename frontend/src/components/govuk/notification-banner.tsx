import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A success banner takes focus when it appears (as GOV.UK Frontend's script does), so
 * screen reader users hear the outcome of what they just did.
 */
export function NotificationBanner({
  type = 'important',
  heading,
  children,
}: {
  type?: 'important' | 'success';
  heading: string;
  children?: ReactNode;
}) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const success = type === 'success';
  useEffect(() => {
    if (success) ref.current?.focus();
  }, [success, heading]);
  return (
    <div
      ref={ref}
      className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`}
      role={success ? 'alert' : 'region'}
      aria-labelledby={titleId}
      tabIndex={success ? -1 : undefined}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {success ? 'Success' : 'Important'}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}
