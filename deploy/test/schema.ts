/*
 * Offline schema validation of rendered objects, in two complementary passes:
 *
 * 1. validateWithModels: the JSON-schema validators that kubernetes-models precompiles from the
 *    Kubernetes OpenAPI document (types, formats, enums, required fields). Its schemas do not forbid
 *    unknown fields, so a typo such as `readOnlyRootFileSystem` would pass.
 * 2. strictTypeCheck: every object becomes a TypeScript object literal typed with the same models'
 *    interfaces (or crd-types.ts for custom resources) and is type-checked. Excess-property checking
 *    rejects every unknown field at any depth, and the types catch wrong value types and enum values.
 *
 * Kinds with neither a model nor a type in crd-types.ts are reported, never skipped.
 */
import { join } from 'node:path';
import ts from 'typescript';
import { CUSTOM_RESOURCE_TYPES } from './crd-types.js';
import { objectId, type K8sObject } from './render.js';

export interface SchemaError {
  /** `Kind/name`. */
  object: string;
  /** JSON path inside the object, e.g. `/spec/template/spec/containers/0/securityContext`. */
  path: string;
  message: string;
}

/** API groups whose kinds kubernetes-models covers (the built-in Kubernetes API). */
function isBuiltIn(apiVersion: string): boolean {
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
  return group === '' || !group.includes('.') || group.endsWith('.k8s.io');
}

function modelSpecifier(object: K8sObject): string {
  return `kubernetes-models/${object.apiVersion}/${object.kind}`;
}

interface ModelValidationError extends Error {
  errors?: { instancePath?: string; message?: string; params?: unknown }[];
}
type ModelClass = new (data: unknown) => { validate(): void };

/** Pass 1: the Kubernetes JSON schemas (via kubernetes-models) for every built-in kind. */
export async function validateWithModels(objects: K8sObject[]): Promise<SchemaError[]> {
  const errors: SchemaError[] = [];
  for (const object of objects) {
    if (CUSTOM_RESOURCE_TYPES[`${object.apiVersion}/${object.kind}`]) continue;
    const id = objectId(object);
    if (!isBuiltIn(object.apiVersion)) {
      errors.push({
        object: id,
        path: '',
        message: `no schema for ${object.apiVersion} ${object.kind}: add its type to crd-types.ts`,
      });
      continue;
    }
    let Model: ModelClass | undefined;
    try {
      const module = (await import(modelSpecifier(object))) as Record<string, ModelClass>;
      Model = module[object.kind];
    } catch {
      Model = undefined;
    }
    if (!Model) {
      errors.push({ object: id, path: '', message: `unknown kind ${object.apiVersion} ${object.kind}` });
      continue;
    }
    try {
      new Model(object).validate();
    } catch (error) {
      const details = (error as ModelValidationError).errors ?? [];
      if (details.length === 0) errors.push({ object: id, path: '', message: String(error) });
      for (const detail of details) {
        errors.push({
          object: id,
          path: detail.instancePath ?? '',
          message: `${detail.message ?? 'invalid'}${detail.params ? ` ${JSON.stringify(detail.params)}` : ''}`,
        });
      }
    }
  }
  return errors;
}

const CHECK_FILE = join(import.meta.dirname, '__strict-check__.mts');
const COMPILER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2023,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2023.d.ts'],
  types: [],
  skipLibCheck: true,
};
let previousProgram: ts.Program | undefined;

/** Pass 2: every object, built-in or custom, against its TypeScript type, unknown fields rejected. */
export function strictTypeCheck(objects: K8sObject[]): SchemaError[] {
  const errors: SchemaError[] = [];
  const imports: string[] = [];
  const declarations: string[] = [];
  const typed: K8sObject[] = [];
  for (const object of objects) {
    const customType = CUSTOM_RESOURCE_TYPES[`${object.apiVersion}/${object.kind}`];
    let typeName: string;
    if (customType) {
      typeName = customType;
    } else if (
      isBuiltIn(object.apiVersion) &&
      /^[A-Za-z0-9.\-/]+$/.test(object.apiVersion) &&
      /^[A-Za-z]+$/.test(object.kind)
    ) {
      typeName = `T${typed.length}`;
      imports.push(`import type { I${object.kind} as ${typeName} } from '${modelSpecifier(object)}';`);
    } else {
      errors.push({
        object: objectId(object),
        path: '',
        message: `no type for ${object.apiVersion} ${object.kind}`,
      });
      continue;
    }
    declarations.push(`export const o${typed.length}: ${typeName} = ${JSON.stringify(object, null, 1)};`);
    typed.push(object);
  }
  const customTypes = [...new Set(Object.values(CUSTOM_RESOURCE_TYPES))].join(', ');
  const text = [`import type { ${customTypes} } from './crd-types.js';`, ...imports, ...declarations].join(
    '\n',
  );

  const host = ts.createCompilerHost(COMPILER_OPTIONS, true);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) =>
    fileName === CHECK_FILE
      ? ts.createSourceFile(fileName, text, languageVersion, true)
      : getSourceFile(fileName, languageVersion, onError, shouldCreate);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => fileName === CHECK_FILE || fileExists(fileName);
  const readFile = host.readFile.bind(host);
  host.readFile = (fileName) => (fileName === CHECK_FILE ? text : readFile(fileName));

  const program = ts.createProgram([CHECK_FILE], COMPILER_OPTIONS, host, previousProgram);
  previousProgram = program;
  const source = program.getSourceFile(CHECK_FILE);
  if (!source) throw new Error('the strict type check could not create its source file');
  const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
  for (const diagnostic of diagnostics) {
    const { index, path } = locate(source, diagnostic.start ?? 0);
    const object = index === undefined ? undefined : typed[index];
    errors.push({
      object: object ? objectId(object) : '(check file)',
      path,
      message: ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '),
    });
  }
  return errors;
}

/** The object (by declaration index) and the JSON path of the node at a position of the check file. */
function locate(source: ts.SourceFile, position: number): { index?: number; path: string } {
  let node: ts.Node = source;
  for (;;) {
    const child: ts.Node | undefined = node
      .getChildren(source)
      .find((c) => c.getStart(source) <= position && position < c.getEnd());
    if (!child) break;
    node = child;
  }
  const segments: string[] = [];
  let index: number | undefined;
  for (let current: ts.Node | undefined = node; current; current = current.parent) {
    const parent: ts.Node | undefined = current.parent;
    if (parent && ts.isPropertyAssignment(parent) && parent.name === current) continue;
    if (ts.isPropertyAssignment(current)) segments.unshift(propertyName(current.name));
    if (parent && ts.isArrayLiteralExpression(parent))
      segments.unshift(String(parent.elements.indexOf(current as ts.Expression)));
    if (ts.isVariableDeclaration(current) && ts.isIdentifier(current.name))
      index = Number(current.name.text.slice(1));
  }
  return { index, path: segments.length ? `/${segments.join('/')}` : '' };
}

function propertyName(name: ts.PropertyName): string {
  return ts.isStringLiteral(name) || ts.isIdentifier(name) || ts.isNumericLiteral(name)
    ? name.text
    : name.getText();
}
