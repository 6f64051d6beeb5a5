import type { ButtonHTMLAttributes, KeyboardEvent, ReactNode } from 'react';
import { Link } from 'react-router-dom';

type Variant = 'primary' | 'secondary' | 'warning';

function buttonClass(variant: Variant, extra?: string): string {
  return ['govuk-button', variant === 'primary' ? '' : `govuk-button--${variant}`, extra ?? ''].filter(Boolean).join(' ');
}

type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className'> & {
  variant?: Variant;
  className?: string;
};

export function Button({ variant = 'primary', type = 'button', className, children, ...rest }: ButtonProps) {
  return (
    <button type={type} className={buttonClass(variant, className)} data-module="govuk-button" {...rest}>
      {children}
    </button>
  );
}

/** A link that looks like a button, for starting an action on another page. */
export function LinkButton({ to, variant = 'primary', children }: { to: string; variant?: Variant; children: ReactNode }) {
  // Links answer Enter only; a control that looks like a button should answer Space too.
  const onKeyDown = (event: KeyboardEvent<HTMLAnchorElement>) => {
    if (event.key === ' ') {
      event.preventDefault();
      event.currentTarget.click();
    }
  };
  return (
    <Link to={to} role="button" draggable={false} className={buttonClass(variant)} data-module="govuk-button" onKeyDown={onKeyDown}>
      {children}
    </Link>
  );
}

export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="govuk-button-group">{children}</div>;
}
