/** Text as a CSS string, so that a name with quotes or backslashes cannot break out of it. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;
}

/**
 * The running header of every printed page (CSS paged media): what the report is on the left,
 * its date on the right. The page number, the same on every printed page, is in insight.css.
 */
export function PrintedPageHeader({ left, right }: { left: string; right: string }) {
  return <style>{`@page { @top-left { content: ${cssString(left)}; } @top-right { content: ${cssString(right)}; } }`}</style>;
}
