/**
 * Finds each tool's part by convention: a file of the same name in every tool's folder
 * (`src/components/tools/<id>/`), the folder named by the tool's id. What `import.meta.glob` found is
 * keyed here by folder; a registered tool without the file, or a folder that is no registered tool,
 * stops the build with a sentence that names it.
 */

/**
 * What `import.meta.glob(…, { eager: true, import: name })` found of `<folder>/<file>`, keyed by folder and
 * checked against `ids`: every id has the file, every folder with the file is an id, each file exports `name`.
 */
export function byFolder<K extends string, M>(
  found: Record<string, M | undefined>,
  ids: readonly K[],
  file: string,
  name: string,
): Record<K, M> {
  const out: Partial<Record<K, M>> = {};
  const known = (folder: string): folder is K => (ids as readonly string[]).includes(folder);
  for (const [path, module] of Object.entries(found)) {
    const folder = path.split('/').at(-2) ?? '';
    if (!known(folder)) {
      throw new Error(`src/components/tools/${folder}/${file}: "${folder}" is not one of ${ids.join(', ')}`);
    }
    if (module === undefined) throw new Error(`src/components/tools/${folder}/${file} exports no ${name}`);
    out[folder] = module;
  }
  const missing = ids.filter((id) => out[id] === undefined);
  if (missing.length > 0) {
    throw new Error(`No ${file} for ${missing.join(', ')}: add src/components/tools/<id>/${file}`);
  }
  return out as Record<K, M>;
}
