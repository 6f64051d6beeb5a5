import { describe, expect, it } from 'vitest';
import { ErrorMessage } from '@/components/govuk/error-message';
import { expectNoAxeViolations, renderComponent } from '@/test/render-component';

describe('the error message', () => {
  it('says “Error:” to screen readers before the message', async () => {
    const { container } = renderComponent(<ErrorMessage id="title-error">Enter a title</ErrorMessage>);

    expect(container.querySelector('#title-error')).toHaveTextContent('Error: Enter a title');
    await expectNoAxeViolations(container);
  });
});
