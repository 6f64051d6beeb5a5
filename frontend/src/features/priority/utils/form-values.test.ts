import { describe, expect, it } from 'vitest';
import {
  emptyAction,
  emptyMeasure,
  emptyValues,
  fieldIds,
  priorityFieldRoots,
  toInput,
  validate,
  valuesFromPriority,
} from '@/features/priority/utils/form-values';
import { fieldId, normaliseField } from '@/lib/field-errors';
import { priority } from '@/test/fixtures';

describe('the priority form values', () => {
  it('name controls after the API field paths', () => {
    expect(fieldId('title')).toBe('title');
    expect(fieldId('actions[0].dueDate')).toBe('actions-0-dueDate');
    expect(fieldId('measures[12].indicatorCode')).toBe('measures-12-indicatorCode');
    expect(fieldId('actions[1]')).toBe('actions-1');
    expect(fieldIds(valuesFromPriority(priority))).toEqual(
      new Set([
        ...['strategyId', 'number', 'title', 'status', 'lead', 'description', 'rationale', 'actions', 'measures', 'outcomeIds'],
        ...['actions-0', 'actions-0-description', 'actions-0-owner', 'actions-0-dueDate', 'actions-0-status'],
        ...['actions-0-dueDate-day', 'actions-0-dueDate-month', 'actions-0-dueDate-year'],
        ...['measures-0', 'measures-0-description', 'measures-0-indicatorCode', 'measures-0-breakdown', 'measures-0-category', 'measures-0-targetValue', 'measures-0-targetDate'],
        ...['measures-0-targetDate-day', 'measures-0-targetDate-month', 'measures-0-targetDate-year'],
      ]),
    );
  });

  it('drop the method and parameter a validator may put before a field path', () => {
    expect(normaliseField('update.input.title', priorityFieldRoots)).toBe('title');
    expect(normaliseField('create.input.actions[2].owner', priorityFieldRoots)).toBe('actions[2].owner');
    expect(normaliseField('actions[0].description', priorityFieldRoots)).toBe('actions[0].description');
    expect(normaliseField('somethingElse', priorityFieldRoots)).toBe('somethingElse');
  });

  it('round-trip a priority into the API input', () => {
    const measured = { ...priority, measures: [{ ...priority.measures[0], targetValue: 90 }] };
    const input = toInput(valuesFromPriority(measured));

    expect(input).toEqual({
      strategyId: priority.strategyId,
      number: 1,
      title: priority.title,
      status: 'at_risk',
      lead: 'Head of SEND',
      description: priority.description,
      rationale: priority.rationale,
      actions: priority.actions,
      measures: [{ ...measured.measures[0], breakdown: 'total', category: 'total' }],
      outcomeIds: priority.outcomeIds,
    });
  });

  it('send a target value as a number, and refuse one that is not', () => {
    const measure = { ...emptyMeasure(), description: 'Plans on time', indicatorCode: 'ehcp_timeliness', targetValue: ' 4.5 ' };
    expect(toInput({ ...emptyValues('s-1'), title: 'T', measures: [measure] }).measures?.[0]?.targetValue).toBe(4.5);
    expect(toInput({ ...emptyValues('s-1'), title: 'T', measures: [{ ...measure, targetValue: '' }] }).measures?.[0]?.targetValue).toBeNull();
    expect(validate({ ...emptyValues('s-1'), title: 'T', measures: [{ ...measure, targetValue: '90%' }] })).toEqual([
      { field: 'measures[0].targetValue', message: 'Target for measure 1 must be a number, like 90 or 4.5' },
    ]);
    expect(validate({ ...emptyValues('s-1'), title: 'T', measures: [{ ...measure, indicatorCode: '' }] })).toEqual([
      { field: 'measures[0].targetValue', message: 'Choose an indicator for measure 1 before giving a target: a target is a figure of one' },
    ]);
  });

  it('send the figure a measure follows, and none without an indicator', () => {
    const measure = { ...emptyMeasure(), description: 'Autism', indicatorCode: 'ehcp_primary_need', figure: 'primary_need|ASD' };
    expect(toInput({ ...emptyValues('s-1'), title: 'T', measures: [measure] }).measures?.[0]).toMatchObject({ breakdown: 'primary_need', category: 'ASD' });
    expect(toInput({ ...emptyValues('s-1'), title: 'T', measures: [{ ...measure, indicatorCode: '' }] }).measures?.[0]).toMatchObject({ breakdown: null, category: null });
    expect(valuesFromPriority({ ...priority, measures: [{ description: 'Autism', indicatorCode: 'x', breakdown: 'primary_need', category: 'ASD' }] }).measures[0].figure).toBe(
      'primary_need|ASD',
    );
  });

  it('send empty optional text as null and an empty number as none', () => {
    const values = { ...emptyValues('s-1'), title: '  A title  ', actions: [{ ...emptyAction(), description: 'Do it' }] };

    expect(toInput(values)).toMatchObject({
      number: null,
      title: 'A title',
      lead: null,
      description: null,
      actions: [{ description: 'Do it', owner: null, dueDate: null, status: 'not_started' }],
    });
  });

  it('catch the obvious mistakes before asking the API', () => {
    const values = {
      ...emptyValues(''),
      number: 'one',
      actions: [{ ...emptyAction(), dueDate: { day: '31', month: '4', year: '2026' } }],
      measures: [{ ...emptyMeasure(), description: 'Timeliness', targetDate: { day: '1', month: '', year: '' } }],
    };

    expect(validate(values)).toEqual([
      { field: 'strategyId', message: 'Select a strategy' },
      { field: 'number', message: 'Number must be a whole number from 1 to 999' },
      { field: 'title', message: 'Enter a title' },
      { field: 'actions[0].description', message: 'Enter a description for action 1' },
      { field: 'actions[0].dueDate', message: 'Due date for action 1 must be a real date' },
      { field: 'measures[0].targetDate.month', message: 'Target date for measure 1 must include a month and year' },
      { field: 'measures[0].targetDate.year', message: 'Target date for measure 1 must include a month and year' },
    ]);
    expect(validate(valuesFromPriority(priority))).toEqual([]);
  });
});
