// Stage 6: `newskg validate FILE`: parse (syntax errors with line and column), then check the
// graph against the SHACL shapes in ontology/shapes.ttl with rdf-validate-shacl. Named graphs are
// merged: the shapes see the union of all graphs, as the queries do.
import type * as RDF from '@rdfjs/types';
import { Store } from 'n3';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import SHACLValidator from 'rdf-validate-shacl';
import { InputError } from '../errors.js';
import { canonicalQuads, compareTerms } from '../export/index.js';
import { PREFIXES } from '../graph/index.js';
import { compactIri } from '../store/results.js';
import { parseRdfFile } from '../store/load.js';

const SH = 'http://www.w3.org/ns/shacl#';

/** ontology/shapes.ttl, found from this module (src/validate/ and dist/validate/ are at the same depth). */
export function defaultShapesPath(): string {
  return fileURLToPath(new URL('../../ontology/shapes.ttl', import.meta.url));
}

export type Severity = 'Violation' | 'Warning' | 'Info';

export interface ValidationIssue {
  severity: Severity;
  focusNode: RDF.Term;
  path?: RDF.Term;
  value?: RDF.Term;
  message: string;
  /** The constraint component, e.g. sh:MinCountConstraintComponent. */
  constraint?: string;
}

export interface ValidationOutcome {
  file: string;
  shapes: string;
  /** Distinct triples validated (graph names dropped). */
  triples: number;
  conforms: boolean;
  issues: ValidationIssue[];
  /** Issues of severity Violation: the ones that make the file fail. */
  violations: number;
}

function loadShapes(path: string): Store {
  if (!existsSync(path)) {
    throw new InputError('E_SHAPES', 'SHACL shapes file not found', { file: path, hint: 'reinstall newskg, or pass --shapes FILE' });
  }
  return new Store(parseRdfFile(path));
}

function severityOf(t: RDF.Term | undefined): Severity {
  const v = t?.value ?? '';
  if (v === `${SH}Warning`) return 'Warning';
  if (v === `${SH}Info`) return 'Info';
  return 'Violation';
}

/** Validates an RDF file against the shapes (default: ontology/shapes.ttl). */
export async function validateFile(file: string, options: { shapes?: string } = {}): Promise<ValidationOutcome> {
  const shapesPath = options.shapes ?? defaultShapesPath();
  const shapes = loadShapes(shapesPath);
  const quads = canonicalQuads(parseRdfFile(file), { dropGraphs: true });
  const data = new Store(quads);
  const validator = new SHACLValidator(shapes);
  const report = await validator.validate(data);
  const issues: ValidationIssue[] = report.results.map((r) => {
    const messages = r.message ?? [];
    const component = r.sourceConstraintComponent?.value;
    return {
      severity: severityOf(r.severity),
      focusNode: r.focusNode,
      path: r.path ?? undefined,
      value: r.value ?? undefined,
      message: messages.length ? messages.map((m) => m.value).join('; ') : component ? component.replace(SH, 'sh:') : 'constraint not met',
      constraint: component,
    };
  });
  const rank = { Violation: 0, Warning: 1, Info: 2 };
  issues.sort(
    (a, b) =>
      rank[a.severity] - rank[b.severity] ||
      compareTerms(a.focusNode, b.focusNode) ||
      (a.path && b.path ? compareTerms(a.path, b.path) : a.path ? 1 : b.path ? -1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
  return {
    file,
    shapes: shapesPath,
    triples: quads.length,
    conforms: report.conforms,
    issues,
    violations: issues.filter((i) => i.severity === 'Violation').length,
  };
}

function termText(t: RDF.Term | undefined, prefixes: Record<string, string>): string {
  if (!t) return '-';
  if (t.termType === 'NamedNode') return compactIri(t.value, prefixes);
  if (t.termType === 'BlankNode') return `_:${t.value}`;
  if (t.termType === 'Literal') return JSON.stringify(t.value);
  return t.value;
}

/** One line per issue: `Violation  <focus>  path=<path>  <message>`. */
export function formatIssue(issue: ValidationIssue, prefixes: Record<string, string> = PREFIXES): string {
  const path = issue.path ? (issue.path.termType === 'BlankNode' ? '(complex path)' : termText(issue.path, prefixes)) : '-';
  const value = issue.value ? `  value=${termText(issue.value, prefixes)}` : '';
  return `${issue.severity}  ${termText(issue.focusNode, prefixes)}  path=${path}  ${issue.message}${value}`;
}
