import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';

/** What the page before did, e.g. "Service saved", passed in the history entry's state. */
export type RecordPageState = { message?: string } | null;

/**
 * The message the previous page left for this one, shown once: reloading the page or coming
 * back to it does not repeat it.
 */
export function useFlashMessage(): string | undefined {
  const location = useLocation();
  const navigate = useNavigate();
  const message = (location.state as RecordPageState)?.message;
  useEffect(() => {
    if (message) navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
  }, [message, navigate, location.pathname, location.search]);
  return message;
}

/** Goes to a record's page with a message for it, e.g. "Service saved". */
export function useNavigateWithMessage() {
  const navigate = useNavigate();
  return (to: string, message: string) => navigate(to, { state: { message } satisfies RecordPageState });
}
