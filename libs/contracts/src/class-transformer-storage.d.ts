// class-transformer ships no types for this deep import; class-validator-jsonschema needs the storage
// to follow @Type() into nested classes.
declare module 'class-transformer/cjs/storage.js' {
  import type { MetadataStorage } from 'class-transformer/types/MetadataStorage.js';
  export const defaultMetadataStorage: MetadataStorage;
}

// The options class-transformer completes every call's with: a transform function is handed them.
declare module 'class-transformer/cjs/constants/default-options.constant.js' {
  import type { ClassTransformOptions } from 'class-transformer';
  export const defaultOptions: ClassTransformOptions;
}
