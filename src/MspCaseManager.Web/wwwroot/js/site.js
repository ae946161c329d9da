// Starts GOV.UK Frontend's components. Loaded as a module: the content security policy allows
// no inline script.
import { initAll } from '/lib/govuk-frontend/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()

// Radios with conditionally revealed questions. GOV.UK Frontend's own script adds aria-expanded
// to the radio inputs, which ARIA does not allow on radios; this does the same reveal with
// aria-controls only. Without JavaScript every question stays visible.
for (const group of document.querySelectorAll('[data-module="app-radios"]')) {
  const inputs = group.querySelectorAll('input[type="radio"]')
  const sync = () => {
    for (const input of inputs) {
      const id = input.getAttribute('aria-controls')
      const target = id && document.getElementById(id)
      if (target) {
        target.classList.toggle('govuk-radios__conditional--hidden', !input.checked)
      }
    }
  }
  group.addEventListener('change', sync)
  window.addEventListener('pageshow', sync)
  sync()
}

// The best-interests balance sheet: "Which option was chosen?" names each option as its name is
// typed. Without JavaScript the names are those typed before the page was last shown.
const optionChoice = document.querySelector('[data-app-option-choice]')
if (optionChoice) {
  const labels = optionChoice.querySelectorAll('.govuk-radios__label')
  for (const group of document.querySelectorAll('[data-app-option]')) {
    const index = Number(group.dataset.appOption)
    const input = group.querySelector('input')
    const label = labels[index]
    if (input && label) {
      input.addEventListener('input', () => {
        label.textContent = input.value.trim() || `Option ${index + 1}`
      })
    }
  }
}
