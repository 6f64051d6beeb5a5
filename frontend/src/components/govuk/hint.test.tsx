import { describe, expect, it } from 'vitest';
import { Hint } from '@/components/govuk/hint';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the hint', () => {
  it('is the text a field refers to by id', async () => {
    const { container } = renderComponent(<Hint id="title-hint">What the priority is about</Hint>);

    expect(container.querySelector('#title-hint')).toHaveTextContent('What the priority is about');
    await expectNoAxeViolations(container);
  });
});
