import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

/** Any Kubernetes object as rendered: typed just enough to find its kind and name. */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  [field: string]: unknown;
}

export const DEPLOY_DIR = join(import.meta.dirname, '..');
export const K8S_DIR = join(DEPLOY_DIR, 'k8s');
export const REPO_DIR = join(DEPLOY_DIR, '..');

export const OVERLAYS = ['dev', 'prod'] as const;
export type Overlay = (typeof OVERLAYS)[number];

/** `Kind/name`, how violations and errors name an object. */
export function objectId(object: K8sObject): string {
  return `${object.kind}/${object.metadata.name}`;
}

/** Parses a multi-document YAML stream into objects, failing on the first syntax error. */
export function parseManifests(text: string, source = 'manifest'): K8sObject[] {
  return parseAllDocuments(text)
    .map((document, index) => {
      if (document.errors.length > 0) {
        throw new Error(
          `${source}, document ${index + 1}: ${document.errors.map((e) => e.message).join('; ')}`,
        );
      }
      return document.toJS() as K8sObject | null;
    })
    .filter((object): object is K8sObject => object !== null);
}

export function readManifests(path: string): K8sObject[] {
  return parseManifests(readFileSync(path, 'utf8'), path);
}

/** What `kubectl kustomize <dir>` prints, as objects. */
export function renderKustomization(dir: string): K8sObject[] {
  let output: string;
  try {
    output = execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        'kubectl was not found on PATH. These tests render the overlays with `kubectl kustomize` ' +
          '(kubectl >= 1.32, which bundles Kustomize v5); install kubectl and run them again.',
      );
    }
    const stderr = String((error as { stderr?: unknown }).stderr ?? '');
    throw new Error(`kubectl kustomize ${dir} failed:\n${stderr || String(error)}`);
  }
  return parseManifests(output, dir);
}

const rendered = new Map<Overlay, K8sObject[]>();

/** The rendered objects of an overlay, rendered once per test file; callers get their own copy. */
export function renderOverlay(overlay: Overlay): K8sObject[] {
  if (!rendered.has(overlay)) rendered.set(overlay, renderKustomization(join(K8S_DIR, 'overlays', overlay)));
  return structuredClone(rendered.get(overlay) ?? []);
}
