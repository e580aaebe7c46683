/**
 * The questionnaire the Kano survey view reads pasted codes against, kept beside the codes it collected
 * (`cx-questionnaire-codes:<fingerprint>`), so a reload or another tab reads the next batch without the
 * address being pasted again.
 */

/** The saved state's name and version (key `cx-spectrum:kano-questionnaire:v1`). */
export const KEPT_ADDRESS = { name: 'kano-questionnaire', version: 1 } as const;

/** The longest address kept (characters): as much as the survey view reads of a pasted one. */
export const MAX_KEPT_ADDRESS = 10_000;

/** The text kept for an address (JSON `{"address":"…"}`, room for more in a later version); empty: nothing. */
export function writeKeptAddress(address: string): string {
  const trimmed = address.trim();
  return trimmed === '' ? '' : JSON.stringify({ address: trimmed });
}

/** The kept address, or undefined when nothing usable is kept (absent, malformed, too long); never throws. */
export function readKeptAddress(raw: string | null | undefined): string | undefined {
  if (raw === null || raw === undefined || raw.length > MAX_KEPT_ADDRESS + 100) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || !('address' in data)) return undefined;
  const { address } = data;
  if (typeof address !== 'string') return undefined;
  const trimmed = address.trim();
  return trimmed === '' || trimmed.length > MAX_KEPT_ADDRESS ? undefined : trimmed;
}
