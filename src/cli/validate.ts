// newskg validate: syntax check, then SHACL. Issues go to stdout (they are the command's output),
// one a line; errors (syntax, missing files) go to stderr.
import { UsageError } from '../errors.js';
import { formatIssue, validateFile } from '../validate/index.js';
import { EXIT, type Io, lastValue, parseCommandLine } from './args.js';

export const VALIDATE_HELP = `Usage: newskg validate FILE... [options]

Checks RDF files (.ttl .trig .nt .nq .jsonld): first the syntax (errors give line and column),
then the SHACL shapes of the newskg ontology (ontology/shapes.ttl). Named graphs are merged.
Prints one line per result:  <severity>  <focus node>  path=<path>  <message>  [value=...]
and a summary line per file.

Options:
  -s, --shapes FILE  validate against these shapes instead of the built-in ones
  -h, --help         show this help

Exit codes: 0 conforms (warnings allowed); 1 violations or a syntax error; 2 usage error.
`;

const OPTIONS = {
  shapes: { type: 'string', short: 's' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runValidate(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandLine(args, OPTIONS, 'validate');
  if (values.help) {
    io.stdout(VALIDATE_HELP);
    return EXIT.OK;
  }
  if (positionals.length === 0) throw new UsageError('validate: no file', { hint: 'usage: newskg validate FILE' });
  const shapes = lastValue(values.shapes);
  let failed = false;
  for (const file of positionals) {
    const r = await validateFile(file, { shapes });
    for (const issue of r.issues) io.stdout(`${formatIssue(issue)}\n`);
    const warnings = r.issues.length - r.violations;
    if (r.violations > 0) {
      failed = true;
      io.stdout(`${file}: ${r.violations} violation${r.violations === 1 ? '' : 's'}, ${warnings} other result${warnings === 1 ? '' : 's'} (${r.triples} triples)\n`);
    } else {
      io.stdout(`${file}: conforms${warnings ? ` with ${warnings} warning${warnings === 1 ? '' : 's'}` : ''} (${r.triples} triples)\n`);
    }
  }
  return failed ? EXIT.FAILURE : EXIT.OK;
}
