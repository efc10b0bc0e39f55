// class-transformer ships no types for this deep import; class-validator-jsonschema needs the storage
// to follow @Type() into nested classes.
declare module 'class-transformer/cjs/storage.js' {
  import type { MetadataStorage } from 'class-transformer/types/MetadataStorage.js';
  export const defaultMetadataStorage: MetadataStorage;
}

// The defaults class-transformer merges into every call's options; a transform function is handed the result.
declare module 'class-transformer/cjs/constants/default-options.constant.js' {
  import type { ClassTransformOptions } from 'class-transformer';
  export const defaultOptions: ClassTransformOptions;
}
