/** The browser's localStorage, or undefined when it is missing or blocked (reading it can throw). */
export function browserStore(): Storage | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}
