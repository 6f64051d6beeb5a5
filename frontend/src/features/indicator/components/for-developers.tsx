import { Details } from '@/components/govuk/details';

export type ApiCall = { what: string; address: string };

/** The indicator's code and the API calls behind the page, for analysts who script the same (with a bearer token). */
export function ForDevelopers({ indicatorCode, calls }: { indicatorCode: string; calls: ApiCall[] }) {
  return (
    <Details summary="For developers">
      <p className="govuk-body">
        Indicator code: <code className="sendhub-code">{indicatorCode}</code>. The figures on this page come from these API calls, each
        with a bearer token:
      </p>
      <ul className="govuk-list govuk-list--bullet">
        {calls.map((call) => (
          <li key={call.address}>
            {call.what}: <code className="sendhub-code">{call.address}</code>
          </li>
        ))}
      </ul>
    </Details>
  );
}
