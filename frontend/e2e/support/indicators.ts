import type { components } from '@/types/api';
import { baseUrl } from './env';

type Indicator = components['schemas']['Indicator'];
type IndicatorValue = components['schemas']['IndicatorValue'];

async function call(token: string, method: string, path: string, body?: { json?: unknown; csv?: string }): Promise<Response> {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
  if (body?.json !== undefined) headers['Content-Type'] = 'application/json';
  if (body?.csv !== undefined) headers['Content-Type'] = 'text/csv';
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body: body?.json !== undefined ? JSON.stringify(body.json) : body?.csv,
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return response;
}

/** A percentage indicator of the test's own, with no values yet (an admin adds it). */
export async function createIndicator(adminToken: string, code: string, name: string): Promise<void> {
  await call(adminToken, 'POST', '/api/v1/indicators', {
    json: { code, name, definition: 'Made by the browser tests', unit: 'percent', polarity: 'higher_is_better', source: 'E2E', breakdowns: [] },
  });
}

/**
 * A published percentage indicator of the test's own (readable by every user for every place),
 * with 2022 and 2023 values for the places given; `withheld` names a place whose 2023 figure the
 * source withheld as confidential (EES symbol c). An admin adds it.
 */
export async function createPublishedIndicator(
  adminToken: string,
  placeCodes: string[],
  withheld: string,
): Promise<{ code: string; name: string; values: Record<string, Record<string, number | null>> }> {
  const stamp = Date.now();
  const code = `e2e_published_${stamp}`;
  const name = `E2E published pupils ${stamp}`;
  await call(adminToken, 'POST', '/api/v1/indicators', {
    json: { code, name, definition: 'Made by the browser tests', unit: 'percent', polarity: 'higher_is_better', source: 'E2E', published: true, breakdowns: [] },
  });
  const values: Record<string, Record<string, number | null>> = {};
  const rows = [`${csvHeader},suppression`];
  placeCodes.forEach((place, index) => {
    values[place] = {};
    ['2022', '2023'].forEach((year, step) => {
      const suppressed = place === withheld && year === '2023';
      const value = suppressed ? null : 40 + index * 3 + step * 2.5;
      values[place][year] = value;
      rows.push(`${code},,${place},,${year},${year}-01-01,total,total,${value ?? ''},,,,,percent,,${suppressed ? 'c' : ''}`);
    });
  });
  await call(adminToken, 'POST', '/api/v1/indicator-values/import', { csv: `${rows.join('\n')}\n` });
  return { code, name, values };
}

/** The indicator's values in the area, as the API gives them. */
export async function listIndicatorValues(token: string, code: string, areaCode: string): Promise<IndicatorValue[]> {
  const response = await call(token, 'GET', `/api/v1/indicator-values?indicator=${code}&area=${areaCode}&size=500`);
  return ((await response.json()) as { items: IndicatorValue[] }).items;
}

/** The header row of the analysts' CSV. */
export const csvHeader =
  'indicator_code,indicator_name,area_code,area_name,period,period_start,breakdown,category,value,numerator,denominator,lower_ci,upper_ci,unit,note';

/**
 * A percentage indicator of the test's own with three years of values for each area, so the
 * explorer has a trend to draw whatever the demo data holds (an admin adds it).
 */
export async function createIndicatorWithSeries(
  adminToken: string,
  areaCodes: string[],
): Promise<{ code: string; name: string; values: Record<string, Record<string, number>> }> {
  const stamp = Date.now();
  const code = `e2e_trend_${stamp}`;
  const name = `E2E pupils in good schools ${stamp}`;
  await createIndicator(adminToken, code, name);
  const values: Record<string, Record<string, number>> = {};
  const rows = [csvHeader];
  areaCodes.forEach((area, index) => {
    values[area] = {};
    ['2021', '2022', '2023'].forEach((year, step) => {
      const value = 55 + index * 4 + step * 5.5;
      values[area][year] = value;
      rows.push(`${code},,${area},,${year},${year}-01-01,total,total,${value},,,,,percent,`);
    });
  });
  await call(adminToken, 'POST', '/api/v1/indicator-values/import', { csv: `${rows.join('\n')}\n` });
  return { code, name, values };
}

/** An indicator of the demo data with values by a breakdown in the area, found through the API (not hard-coded). */
export async function findBrokenDownIndicator(token: string, areaCode: string): Promise<{ indicator: Indicator; breakdown: string } | undefined> {
  const indicators = ((await (await call(token, 'GET', '/api/v1/indicators?size=500')).json()) as { items: Indicator[] }).items;
  for (const indicator of indicators) {
    for (const breakdown of indicator.breakdowns) {
      const query = `indicator=${indicator.code}&area=${areaCode}&breakdown=${breakdown}&size=1`;
      const list = (await (await call(token, 'GET', `/api/v1/indicator-values?${query}`)).json()) as { items: IndicatorValue[] };
      if (list.items.length > 0) return { indicator, breakdown };
    }
  }
  return undefined;
}

/** A priority of the area's first strategy with one measure on the indicator. */
export async function createPriorityMeasuredBy(token: string, areaCode: string, indicatorCode: string): Promise<{ id: string; title: string }> {
  const area = `/api/v1/areas/${areaCode}`;
  const strategies = ((await (await call(token, 'GET', `${area}/strategies?size=1`)).json()) as { items: { id: string }[] }).items;
  if (strategies.length === 0) throw new Error(`area ${areaCode} has no strategy`);
  const title = `E2E measured priority ${Date.now()}`;
  const response = await call(token, 'POST', `${area}/priorities`, {
    json: {
      strategyId: strategies[0].id,
      title,
      status: 'on_track',
      measures: [{ indicatorCode, description: 'Pupils in good schools', targetValue: 60, targetDate: '2027-03-31' }],
    },
  });
  const priority = (await response.json()) as { id: string };
  return { id: priority.id, title };
}

/** The rows of an RFC 4180 CSV (quoted fields, doubled quotes), as objects by header. */
export function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  const [header, ...rows] = records.filter((row) => row.length > 1 || row[0] !== '');
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name.replace(/^\uFEFF/, ''), row[index] ?? ''])));
}
