import { describe, expect, it } from 'vitest';
import {
  duplicateCodeAsFieldError,
  emptyValues,
  indicatorFieldLabels,
  indicatorFieldRoots,
  parseBreakdowns,
  toInput,
  validate,
  valuesFromIndicator,
} from '@/features/indicator/utils/form-values';
import { ApiError } from '@/lib/api-client';
import { describeFieldErrors } from '@/lib/field-errors';
import { indicator } from '@/test/fixtures';

describe('the indicator form’s values', () => {
  it('read breakdowns one a line or separated by commas, each once, as typed', () => {
    expect(parseBreakdowns(' sex, primary_need\n\nphase ,sex\n')).toEqual(['sex', 'primary_need', 'phase']);
    expect(parseBreakdowns('  \n , ')).toEqual([]);
  });

  it('become the API’s input, empty text as null', () => {
    expect(
      toInput({
        code: ' ehcp_rate ',
        name: ' EHC plans per 1,000 ',
        definition: '  ',
        unit: 'rate_per_1000',
        polarity: 'no_judgement',
        source: ' DfE ',
        published: true,
        breakdowns: 'phase\nprimary_need',
      }),
    ).toEqual({
      code: 'ehcp_rate',
      name: 'EHC plans per 1,000',
      definition: null,
      unit: 'rate_per_1000',
      polarity: 'no_judgement',
      source: 'DfE',
      published: true,
      breakdowns: ['phase', 'primary_need'],
    });
  });

  it('start from an indicator, its breakdowns one a line, and go back unchanged', () => {
    const values = valuesFromIndicator(indicator);
    expect(values.breakdowns).toBe('phase');
    expect(toInput(values)).toEqual({
      code: indicator.code,
      name: indicator.name,
      definition: indicator.definition,
      unit: indicator.unit,
      polarity: indicator.polarity,
      source: indicator.source,
      published: false,
      breakdowns: indicator.breakdowns,
    });
    expect(toInput(valuesFromIndicator({ ...indicator, published: true })).published).toBe(true);
  });

  it('are checked only for what the API needs, its rules left to it', () => {
    expect(validate(emptyValues()).map((error) => error.field)).toEqual(['code', 'name', 'unit', 'polarity']);
    expect(validate({ ...valuesFromIndicator(indicator), code: 'Not A Code', breakdowns: 'Primary need' })).toEqual([]);
  });

  it('name a bad breakdown by its position and land it on the breakdowns box', () => {
    const described = describeFieldErrors(
      [{ field: 'breakdowns[2]', message: 'must be lower case letters, digits and _' }],
      indicatorFieldRoots,
      indicatorFieldLabels,
    );
    expect(described.summary).toEqual([{ text: 'Breakdown 3 must be lower case letters, digits and _', href: '#breakdowns' }]);
  });
});

describe('a duplicate code', () => {
  it('is an error on the code field', () => {
    const mapped = duplicateCodeAsFieldError(new ApiError({ status: 409, title: 'Already exists', detail: 'Indicator x already exists.' }), 'x');
    expect(mapped).toBeInstanceOf(ApiError);
    expect((mapped as ApiError).fieldErrors).toEqual([{ field: 'code', message: 'An indicator with the code x already exists: choose another code' }]);
  });

  it('leaves other errors as they are', () => {
    const unprocessable = new ApiError({ status: 422, title: 'The request breaks a rule' });
    const offline = new TypeError('Failed to fetch');
    expect(duplicateCodeAsFieldError(unprocessable, 'x')).toBe(unprocessable);
    expect(duplicateCodeAsFieldError(offline, 'x')).toBe(offline);
  });
});
