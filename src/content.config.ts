import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { TOOL_IDS } from './lib/tools';

/** A partial ISO date: a year, a year and month, or a full day. */
const isoDate = z
  .preprocess(
    // YAML reads 2012-09-13 as a date and 1984 as a number; keep what the author wrote.
    (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
    z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use YYYY, YYYY-MM or YYYY-MM-DD'),
  )
  .describe('Publication date as YYYY, YYYY-MM or YYYY-MM-DD');

/** One work cited by the handbook: an essay, a paper, a book. */
const sources = defineCollection({
  loader: file('src/content/sources.yaml'),
  schema: z
    .object({
      author: z
        .string()
        .min(2)
        .max(160)
        .optional()
        .describe('Author or authors as printed; leave out when the copy names none'),
      title: z.string().min(2).max(200).describe('Title of the work'),
      publication: z.string().min(2).max(200).describe('Where it appeared: blog, journal, magazine, publisher'),
      date: isoDate.optional(),
      issue: z
        .string()
        .min(4)
        .max(80)
        .optional()
        .describe(
          'The issue and page as printed, when a date cannot name them (e.g. "July/August 2016, p. 21"); shown in place of the date',
        ),
      url: z.url().optional().describe('Public address of the work, if it has one'),
      note: z.string().max(300).optional().describe('What the handbook takes from it'),
    })
    .strict(),
});

/**
 * The chapters of the handbook, one MDX file each, read in `order`: the default language in
 * `src/content/chapters/`, another in `src/content/chapters/<lang>/` under the same file names.
 */
const chapters = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/chapters' }),
  schema: z
    .object({
      title: z.string().min(3).max(90).describe('Chapter title, shown as the H1 and in navigation'),
      description: z
        .string()
        .min(50)
        .max(200)
        .describe('One or two sentences for the meta description and search results'),
      order: z.number().int().min(1).max(99).describe('Position in the reading order'),
      summary: z
        .array(z.string().min(10).max(240))
        .min(3)
        .max(5)
        .describe('Three to five takeaways shown at the top of the chapter'),
      tools: z.array(z.enum(TOOL_IDS)).max(4).default([]).describe('Tools that apply this chapter'),
      sources: z
        .array(reference('sources'))
        .min(1)
        .describe('Works this chapter cites, by id in src/content/sources.yaml'),
      draft: z.boolean().default(false).describe('Drafts are left out of the build'),
    })
    .strict(),
});

/** One term the handbook defines, explained in one chapter. */
const term = z
  .object({
    term: z.string().min(2).max(60).describe('The term as it reads in the text'),
    definition: z.string().min(20).max(600).describe('A definition in our own words, one to three sentences'),
    chapter: reference('chapters').describe('The chapter that explains the term, by its id in the default language'),
  })
  .strict();

/** The glossary, one YAML file per language (`src/content/glossary/<lang>.yaml`), terms keyed by the same ids. */
const glossary = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/glossary' }),
  schema: z
    .record(z.string().regex(/^[a-z0-9-]+$/, 'a term id is lower-case words joined by hyphens'), term)
    .describe('Terms keyed by id; the id is the anchor on the glossary page in every language'),
});

export const collections = { sources, chapters, glossary };
