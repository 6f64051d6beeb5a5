/** Headline figures in a row, each with what it counts: "12 overdue actions". */
export function Figures({ figures }: { figures: { figure: string; label: string }[] }) {
  return (
    <ul className="sendhub-counts">
      {figures.map(({ figure, label }) => (
        <li key={label}>
          <span className="sendhub-counts__figure">{figure}</span> <span className="govuk-body govuk-!-margin-0">{label}</span>
        </li>
      ))}
    </ul>
  );
}
