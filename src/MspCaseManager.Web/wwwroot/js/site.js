// Starts GOV.UK Frontend's components. Loaded as a module: the content security policy allows
// no inline script.
import { initAll } from '/lib/govuk-frontend/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()

// GOV.UK Frontend marks a radio that reveals a follow-up question with aria-expanded, which
// ARIA 1.2 does not allow on a radio (axe: aria-allowed-attr). The revealed question follows the
// radio in reading order and aria-controls still links the two, so the attribute is removed,
// again whenever GOV.UK Frontend sets it: on pageshow and on click (a change event follows the click).
const dropExpandedFromRadios = () =>
  document.querySelectorAll('.govuk-radios__input[aria-expanded]').forEach((radio) => radio.removeAttribute('aria-expanded'))
dropExpandedFromRadios()
document.addEventListener('change', dropExpandedFromRadios)
window.addEventListener('pageshow', dropExpandedFromRadios)
