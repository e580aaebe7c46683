/** The browser's localStorage, or undefined when it is missing or blocked (reading it can throw). */
export function browserStore(): Storage | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** This tab's sessionStorage (kept across reloads of the tab only), or undefined when missing or blocked. */
export function tabStore(): Storage | undefined {
  try {
    return window.sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}
