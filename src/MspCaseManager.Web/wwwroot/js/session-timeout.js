// GOV.UK-style session timeout warning. The session ends after a period without requests (the
// number of seconds is on <body data-session-timeout-seconds>); this warns a little before
// (data-session-warning-seconds) in a modal dialog. "Stay signed in" posts its form (to the
// keep-alive address) with the anti-forgery token, which renews the session; otherwise the
// user is signed out when the time is up. Loaded as a module: the content security policy
// allows no inline script.

const body = document.body
const dialog = document.getElementById('session-timeout')
const timeoutSeconds = Number(body.dataset.sessionTimeoutSeconds)
const warningSeconds = Number(body.dataset.sessionWarningSeconds)

if (dialog && timeoutSeconds > 0 && warningSeconds > 0 && warningSeconds < timeoutSeconds) {
  const keepAliveForm = dialog.querySelector('[data-session-keep-alive]').form
  const signOutForm = dialog.querySelector('form[data-session-sign-out]')
  const page = [...document.body.children].filter((el) => el !== dialog && el.tagName !== 'SCRIPT')
  let warningTimer
  let signOutTimer
  let lastFocused

  const schedule = () => {
    clearTimeout(warningTimer)
    clearTimeout(signOutTimer)
    warningTimer = setTimeout(open, (timeoutSeconds - warningSeconds) * 1000)
    signOutTimer = setTimeout(signOut, (timeoutSeconds - 5) * 1000)
  }

  const open = () => {
    lastFocused = document.activeElement
    page.forEach((el) => el.setAttribute('inert', ''))
    dialog.hidden = false
    dialog.focus()
  }

  const close = () => {
    dialog.hidden = true
    page.forEach((el) => el.removeAttribute('inert'))
    if (lastFocused && typeof lastFocused.focus === 'function') {
      lastFocused.focus()
    }
  }

  const signOut = () => {
    signOutForm.submit()
  }

  const staySignedIn = async (event) => {
    event.preventDefault()
    try {
      const response = await fetch(keepAliveForm.action, {
        method: 'POST',
        body: new FormData(keepAliveForm),
        credentials: 'same-origin',
        headers: { Accept: 'application/json' }
      })
      if (!response.ok) {
        signOut()
        return
      }
      close()
      schedule()
    } catch {
      signOut()
    }
  }

  keepAliveForm.addEventListener('submit', staySignedIn)
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      // Esc means "I'm still here": the same as choosing to stay signed in.
      staySignedIn(event)
    } else if (event.key === 'Tab') {
      // Keep focus inside the dialog while it is open.
      const focusable = [...dialog.querySelectorAll('button, [href], input')]
      const first = focusable[0]
      const last = focusable[focusable.length - 1]
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault()
        last.focus()
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault()
        first.focus()
      }
    }
  })

  schedule()
}
