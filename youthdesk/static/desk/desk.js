// Desk behaviour that must not live inline (the Content-Security-Policy forbids inline script).
