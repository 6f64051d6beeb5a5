/** The codes of the indicators that show an outcome's progress, one a line; `none` when it has none. */
export function IndicatorCodes({ codes, none }: { codes: string[]; none: string }) {
  if (codes.length === 0) return none;
  return (
    <ul className="govuk-list">
      {codes.map((code) => (
        <li key={code}>
          <code className="sendhub-code">{code}</code>
        </li>
      ))}
    </ul>
  );
}
