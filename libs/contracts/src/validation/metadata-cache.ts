import { getMetadataStorage } from 'class-validator';

/*
 * class-validator finds a class's rules, on every validate(), by scanning the rules of every decorated
 * class in the process (typestack/class-validator#2686, open upstream). Our processes load every
 * contract of this library, so checking a two-field payload paid for all of them: the largest frame
 * in the bus responder's profile (bench/results/latest.md, S3). The answer depends only on the
 * registered rules, so it is kept per class and options until a rule is added, which in practice
 * happens only while modules load.
 */

type Storage = ReturnType<typeof getMetadataStorage>;
type Lookup = Storage['getTargetValidationMetadatas'];
type Found = ReturnType<Lookup>;
type Grouped = ReturnType<Storage['groupByPropertyName']>;

const INSTALLED = Symbol.for('pcs.validation-metadata-cache');

interface CachedStorage extends Storage {
  [INSTALLED]?: { clear(): void };
}

/**
 * Installs the cache on the process's one metadata storage (class-validator keeps it on `global`, so
 * every copy of the library in the process shares it). Idempotent; returns a way to drop what is kept,
 * for tests.
 */
export function installValidationMetadataCache(): { clear(): void } {
  const storage = getMetadataStorage() as CachedStorage;
  const existing = storage[INSTALLED];
  if (existing) return existing;

  let byTarget = new WeakMap<object, Map<string, Found>>();
  let groupedOf = new WeakMap<Found, Grouped>();
  const clear = (): void => {
    byTarget = new WeakMap();
    groupedOf = new WeakMap();
  };

  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const addValidation = storage.addValidationMetadata.bind(storage);
  const addConstraint = storage.addConstraintMetadata.bind(storage);

  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema}\u0000${always}\u0000${strictGroups}\u0000${(groups ?? []).join('\u0001')}`;
    let byKey = byTarget.get(target);
    if (!byKey) byTarget.set(target, (byKey = new Map()));
    let found = byKey.get(key);
    if (!found) byKey.set(key, (found = lookup(target, schema, always, strictGroups, groups)));
    return found;
  };
  // The validator groups the same (now identical) array by property on every call too.
  storage.groupByPropertyName = (metadata) => {
    let grouped = groupedOf.get(metadata);
    if (!grouped) groupedOf.set(metadata, (grouped = group(metadata)));
    return grouped;
  };
  // A rule added later (a class defined after the first validation) invalidates everything kept:
  // rules are inherited, so a new rule on a parent changes what its subclasses answer.
  storage.addValidationMetadata = (metadata) => {
    addValidation(metadata);
    clear();
  };
  storage.addConstraintMetadata = (metadata) => {
    addConstraint(metadata);
    clear();
  };

  const handle = { clear };
  storage[INSTALLED] = handle;
  return handle;
}
