// Starts GOV.UK Frontend's components. Loaded as a module: the content security policy allows
// no inline script.
import { initAll } from '/lib/govuk-frontend/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
