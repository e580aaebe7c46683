/**
 * Every tool's part of the profile, found by convention: `src/components/tools/<id>/profile.tsx`
 * exports `profile: ProfilePart`, for each tool the profile keeps (PROFILE_TOOLS, in their order).
 */
import type { ComponentChildren } from 'preact';
import { PROFILE_TOOLS, type ProfileTool } from '../../lib/profile/model';
import type { Row, Summary } from '../../lib/profile/summary';
import { byFolder } from '../tools/by-folder';

/**
 * A tool's part of the profile: its state in words, and its chart when it draws one. Written as methods,
 * so that a part typed by its own chart data (`ProfilePart<GridChart>`) is one of `ProfilePart<unknown>`.
 */
export interface ProfilePart<C> {
  /** The tool's state (a query string) as summary rows, notes and the data its chart draws, in `lang`. */
  summary(query: string, lang: string): Summary<C>;
  /** The chart of a summary's data (rendered in the island, so it may read the island's language). */
  chart?(data: C, rows: readonly Row[]): ComponentChildren;
}

/** Every tool's profile part, by id. */
export const PROFILE_PARTS: Record<ProfileTool, ProfilePart<unknown>> = byFolder(
  import.meta.glob<ProfilePart<unknown>>('../tools/*/profile.tsx', { eager: true, import: 'profile' }),
  PROFILE_TOOLS,
  'profile.tsx',
  'profile',
);
