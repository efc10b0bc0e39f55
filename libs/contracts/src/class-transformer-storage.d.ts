// class-transformer ships no types for this deep import; class-validator-jsonschema needs the storage
// to follow @Type() into nested classes.
declare module 'class-transformer/cjs/storage.js' {
  import type { MetadataStorage } from 'class-transformer/types/MetadataStorage.js';
  export const defaultMetadataStorage: MetadataStorage;
}
