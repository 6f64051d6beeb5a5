import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cssString, PrintedPageHeader } from '@/features/insight/components/printed-page-header';

describe('the running header of printed pages', () => {
  it('puts the report and its date in the top margin boxes', () => {
    const { container } = render(<PrintedPageHeader left="SEND Board report: Manchester" right="1 June 2025" />);

    const css = container.querySelector('style')?.textContent ?? '';
    expect(css).toContain('@top-left { content: "SEND Board report: Manchester"; }');
    expect(css).toContain('@top-right { content: "1 June 2025"; }');
  });

  it('keeps an area’s name inside its string whatever it holds', () => {
    expect(cssString('St "Helens" \\ }')).toBe('"St \\"Helens\\" \\\\ }"');
    expect(cssString('two\nlines')).toBe('"two lines"');
  });
});
