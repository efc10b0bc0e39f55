import { TransformationType, type ClassTransformOptions, type TransformFnParams } from 'class-transformer';
import { defaultOptions } from 'class-transformer/cjs/constants/default-options.constant.js';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage.js';
import { getMetadataStorage, ValidationTypes, type ValidationArguments } from 'class-validator';

/*
 * A fast path for payloads that pass (decision 0188). class-transformer and class-validator walk
 * every payload generically: metadata looked up per key, an error object built per property whether
 * or not a rule fails, arrays filtered per property. Under load that walk was ~20 % of the gateway's
 * CPU for a two-field body (bench/results/latest.md, S2). A plan, made once per contract class,
 * calls the very same rule functions the decorators registered, in a straight loop.
 *
 * It answers only "this payload passes, and here is the instance class-transformer would build";
 * anything it does not cover, and every payload with a problem, goes the generic way, so every error
 * message still comes from class-validator. What it covers: classes with no class-transformer
 * decorators of their own except `@Type` on nested objects and `@Transform` on primitive values (a
 * query string's `limit=20`, `overdue=true`); properties whose values are primitives, arrays of
 * primitives, or one nested object of a class it covers; rules that answer synchronously.
 * contract-plan.spec.ts checks, for every contract in this library, that the plan never accepts
 * what the generic way refuses and builds the same instance when both accept.
 */

type Ctor = new () => object;
type Storage = ReturnType<typeof getMetadataStorage>;
type Metadata = ReturnType<Storage['getTargetValidationMetadatas']>[number];
type Constraint = ReturnType<Storage['getTargetValidatorConstraints']>[number];

interface RulePlan {
  metadata: Metadata;
  /** The rule's registered validators; async ones are skipped, as `validateSync` skips them. */
  constraints: Constraint[];
}

interface PropertyPlan {
  name: string;
  /** `@IsOptional`, `@ValidateIf`: when one says no, no rule of the property runs. */
  conditions: ((object: object, value: unknown) => boolean)[];
  rules: RulePlan[];
  /** `@ValidateNested` with `@Type(() => C)` declared as one object (not an array). */
  nested?: ClassPlan;
  /** `@Transform` functions, in the order class-transformer applies them to a primitive value. */
  transforms?: ((params: TransformFnParams) => unknown)[];
}

/** What the generic way passes to `plainToInstance`: the plan builds the instance it would build. */
export const TRANSFORMER_OPTIONS: ClassTransformOptions = {
  // No implicit conversion: a number sent as a string is a wrong type, not a number.
  enableImplicitConversion: false,
  exposeDefaultValues: true,
};
/** The options a transform function is handed, as class-transformer completes them. */
const TRANSFORM_FN_OPTIONS: ClassTransformOptions = { ...defaultOptions, ...TRANSFORMER_OPTIONS };

export interface ClassPlan {
  cls: Ctor;
  properties: Map<string, PropertyPlan>;
}

/** Plans are kept per metadata list: the validation metadata cache hands out a new list when a rule is added. */
const plans = new WeakMap<object, ClassPlan | null>();

/** The plan for `cls`, or null when the class uses something the plan does not cover. */
export function planFor(cls: Ctor, schema?: string): ClassPlan | null {
  // The same arguments `validateSync` passes (and, for a nested class, the parent's name as schema,
  // as its nested validation does), so the metadata cache answers both with one list.
  const metadatas = getMetadataStorage().getTargetValidationMetadatas(
    cls,
    schema as string,
    false,
    false,
    undefined,
  );
  let plan = plans.get(metadatas);
  if (plan === undefined) {
    plan = makePlan(cls, metadatas);
    plans.set(metadatas, plan);
  }
  return plan;
}

function makePlan(cls: Ctor, metadatas: Metadata[]): ClassPlan | null {
  // No rules at all: class-validator refuses the value as unknown (forbidUnknownValues).
  if (metadatas.length === 0) return null;
  if (defaultMetadataStorage.getStrategy(cls) !== 'none') return null;
  if (defaultMetadataStorage.getExposedMetadatas(cls).length > 0) return null;
  if (defaultMetadataStorage.getExcludedMetadatas(cls).length > 0) return null;
  const storage = getMetadataStorage();
  const properties = new Map<string, PropertyPlan>();
  for (const metadata of metadatas) {
    let property = properties.get(metadata.propertyName);
    if (!property)
      properties.set(
        metadata.propertyName,
        (property = { name: metadata.propertyName, conditions: [], rules: [] }),
      );
    switch (metadata.type) {
      case ValidationTypes.WHITELIST:
        break;
      case ValidationTypes.CONDITIONAL_VALIDATION:
        property.conditions.push(metadata.constraints[0] as (object: object, value: unknown) => boolean);
        break;
      case ValidationTypes.IS_DEFINED:
      case ValidationTypes.CUSTOM_VALIDATION:
        property.rules.push({
          metadata,
          constraints: storage.getTargetValidatorConstraints(metadata.constraintCls).filter((c) => !c.async),
        });
        break;
      case ValidationTypes.NESTED_VALIDATION: {
        if (metadata.each || property.nested) return null;
        const type = defaultMetadataStorage.findTypeMetadata(cls, metadata.propertyName);
        if (!type?.typeFunction || type.options?.discriminator) return null;
        const reflected: unknown = type.reflectedType;
        if (reflected === Array || reflected === Set || reflected === Map) return null;
        const nestedCls = type.typeFunction() as Ctor | undefined;
        if (typeof nestedCls !== 'function' || nestedCls === cls) return null;
        const schema = typeof metadata.target === 'string' ? metadata.target : metadata.target.name;
        const plan = planFor(nestedCls, schema);
        if (!plan) return null;
        property.nested = plan;
        break;
      }
      default:
        // Promise validation, or a type this plan does not know.
        return null;
    }
  }
  // A class-transformer rule on any property changes what the instance holds.
  let probe: Record<string, unknown>;
  try {
    probe = new cls() as Record<string, unknown>;
  } catch {
    return null;
  }
  for (const [name, property] of properties) {
    if (name === '__proto__' || name === 'constructor') return null;
    const transforms = defaultMetadataStorage.findTransformMetadatas(
      cls,
      name,
      TransformationType.PLAIN_TO_CLASS,
    );
    if (transforms.length > 0) {
      // Groups and versions select transforms per call; none of ours uses them, so the plan need not.
      const selective = transforms.some(
        ({ options }) => options.groups?.length || options.since !== undefined || options.until !== undefined,
      );
      if (selective || property.nested) return null;
      property.transforms = transforms.map((t) => t.transformFn);
    }
    const typed = defaultMetadataStorage.findTypeMetadata(cls, name);
    if (typed && !property.nested) return null;
    // class-transformer does not assign over an accessor without a setter or a method.
    if (Object.getOwnPropertyDescriptor(cls.prototype, name) || probe[name] instanceof Function) return null;
  }
  // What the constructor sets that no rule names is refused by the whitelist whatever is sent.
  if (Object.keys(probe).some((name) => !properties.has(name))) return null;
  return { cls, properties };
}

/**
 * The instance class-transformer would build from `raw`, when the plan covers the payload and every
 * rule passes; otherwise undefined, and the caller takes the generic way. `raw` has been screened
 * (no `__proto__`, no NUL, not too deep); `strict` refuses unknown fields, lenient drops them.
 */
export function passWithPlan(
  plan: ClassPlan,
  raw: Record<string, unknown>,
  strict: boolean,
): object | undefined {
  try {
    const instance = build(plan, raw, strict);
    return instance && passes(plan, instance) ? instance : undefined;
  } catch {
    // A rule that throws is left to the generic way, which reports it as it always has.
    return undefined;
  }
}

function build(
  plan: ClassPlan,
  raw: Record<string, unknown>,
  strict: boolean,
): Record<string, unknown> | undefined {
  const instance = new plan.cls() as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    const property = plan.properties.get(key);
    if (!property) {
      if (strict) return undefined;
      continue;
    }
    const value = raw[key];
    if (value === undefined) continue; // exposeDefaultValues: the default stays
    if (value === null || typeof value !== 'object') {
      if (property.nested) return undefined;
      // Set even when a transform answers undefined, as class-transformer does (exposeUnsetFields).
      instance[key] = property.transforms ? transformed(property.transforms, value, key, raw) : value;
    } else if (Array.isArray(value)) {
      if (property.nested || property.transforms || !value.every(isPrimitive)) return undefined;
      instance[key] = value.slice();
    } else {
      if (!property.nested || Object.getPrototypeOf(value) !== Object.prototype) return undefined;
      const nested = build(property.nested, value as Record<string, unknown>, strict);
      if (!nested) return undefined;
      instance[key] = nested;
    }
  }
  return instance;
}

function transformed(
  transforms: NonNullable<PropertyPlan['transforms']>,
  value: unknown,
  key: string,
  obj: Record<string, unknown>,
): unknown {
  let result = value;
  for (const transform of transforms) {
    result = transform({
      value: result,
      key,
      obj,
      type: TransformationType.PLAIN_TO_CLASS,
      options: TRANSFORM_FN_OPTIONS,
    });
  }
  return result;
}

function isPrimitive(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

function passes(plan: ClassPlan, instance: Record<string, unknown>): boolean {
  for (const key of Object.keys(instance)) if (!plan.properties.has(key)) return false;
  for (const property of plan.properties.values()) {
    const value = instance[property.name];
    if (!property.conditions.every((condition) => condition(instance, value))) continue;
    for (const rule of property.rules) if (!rulePasses(rule, instance, value)) return false;
    if (property.nested) {
      // A required nested object left out: our shape check names it; leave that to the generic way.
      if (value === undefined || value === null) {
        if (property.conditions.length === 0) return false;
      } else if (!passes(property.nested, value as Record<string, unknown>)) return false;
    }
  }
  return true;
}

function rulePasses(rule: RulePlan, object: object, value: unknown): boolean {
  const { metadata } = rule;
  if (metadata.validateIf && !metadata.validateIf(object, value)) return true;
  const args: ValidationArguments = {
    targetName: object.constructor.name,
    property: metadata.propertyName,
    object,
    value,
    constraints: metadata.constraints,
  };
  for (const { instance } of rule.constraints) {
    const validator = instance as { validate(item: unknown, args: ValidationArguments): unknown };
    if (metadata.each && Array.isArray(value)) {
      for (const item of value) if (!isYes(validator.validate(item, args))) return false;
    } else if (!isYes(validator.validate(value, args))) return false;
  }
  return true;
}

/** A rule's answer that passes: truthy and not a promise (a promise is left to the generic way). */
function isYes(answer: unknown): boolean {
  if (!answer) return false;
  return typeof answer !== 'object' || typeof (answer as { then?: unknown }).then !== 'function';
}
