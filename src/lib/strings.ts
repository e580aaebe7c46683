/** Cuts text to a limit, counting UTF-16 units as a textarea's maxLength does. */
export function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

/** Text made literal inside a regular expression: every character with a meaning there is escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
