import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

/** How long to wait for a page that loads its data to show its heading. */
const headingWaitMs = 15_000;

/** Focuses the page's h1, unless the page has already put the focus inside its main content. */
function focusHeading(): boolean {
  const main = document.getElementById('main-content');
  if (!main) return false;
  const active = document.activeElement;
  if (active && active !== document.body && main.contains(active)) return true;
  const heading = main.querySelector('h1');
  if (!heading) return false;
  // Focusable by script only: the heading is where a screen reader should start, not a tab stop.
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: false });
  return true;
}

/**
 * After moving to another page, focus goes to the new page's h1, so a screen reader announces the
 * page and the next Tab starts from there, as after a full page load. A page that loads its data
 * shows its heading later: the focus goes to it when it appears. A page that has put the focus
 * somewhere inside itself (a success banner, an error summary) keeps it there. Changes to the
 * query alone (filters, paging) are not a new page.
 */
export function useFocusHeadingOnNavigation(): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) stop();
    });
    const timer = window.setTimeout(() => stop(), headingWaitMs);
    function stop() {
      observer.disconnect();
      window.clearTimeout(timer);
    }
    observer.observe(document.body, { childList: true, subtree: true });
    return stop;
  }, [pathname]);
}
