// As GOV.UK Frontend's own script does: mark the page as able to run scripts, and put the focus
// on the error summary when there is one, so a screen reader announces what went wrong first.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');
document.addEventListener('DOMContentLoaded', () => {
  const summary = document.querySelector('.govuk-error-summary');
  if (summary) summary.focus();
  for (const link of document.querySelectorAll('.govuk-error-summary__list a[href^="#"]')) {
    link.addEventListener('click', (event) => {
      const field = document.getElementById(link.getAttribute('href').slice(1));
      if (!field) return;
      event.preventDefault();
      const label = document.querySelector(`label[for="${field.id}"]`);
      (label ?? field).scrollIntoView();
      field.focus({ preventScroll: true });
    });
  }
});
