// `npm test`'s Electron checks: @doyensec/electronegativity over src-main and the built app. A finding above
// "informational" fails, unless a comment on one of the three lines above the flagged line accepts it in words:
//   // electronegativity-accept CHECK_ID: why this is safe here
// The built app's findings are accepted where the same check is accepted in src-main (it is the same code, bundled).
// Which checks those are is read from the comments themselves, not from the source scan's findings: the tool's global
// checks (the CSP one) do not always report the source line, and a built finding must not fail because of that.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const ACCEPT = /electronegativity-accept ([A-Z_, ]+):\s*(\S.*)$/u;
const SEVERITIES_ALLOWED = new Set(['INFORMATIONAL']);
// issue,"SEVERITY","CONFIDENCE","file","line:column",sample…,"description",url
const ROW = /^([A-Z_]+),"([A-Z]+)","[A-Z]+","([^"]*)","(\d+):\d+",.*,"([^"]*)",https?:\S*$/u;

interface Finding {
  check: string;
  severity: string;
  file: string;
  line: number;
  description: string;
}

function electronVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const version =
    typeof manifest === 'object' && manifest !== null && 'devDependencies' in manifest
      ? (manifest.devDependencies as Record<string, string>).electron
      : undefined;
  return version ?? '45.0.0';
}

function scan(input: string): Finding[] {
  const out = join(mkdtempSync(join(tmpdir(), 'undersigned-electronegativity-')), 'findings.csv');
  const binary = join(ROOT, 'node_modules', '.bin', 'electronegativity');
  // -e: the version is known; without it the tool asks the network, which CI machines do not have.
  const run = spawnSync(binary, ['-i', input, '-e', electronVersion(), '-o', out, '-v', 'false'], {
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    throw new Error(`electronegativity failed on ${input}: ${run.stderr || run.stdout}`);
  }
  // The tool does not escape the quotes of its code samples, so only the first, well-formed columns are read.
  return readFileSync(out, 'utf8')
    .split('\n')
    .slice(1)
    .flatMap((row): Finding[] => {
      const match = ROW.exec(row);
      if (!match) {
        return [];
      }
      const [, check = '', severity = '', file = '', line = '0', description = ''] = match;
      return [{ check, severity, file, line: Number(line), description }];
    });
}

/** The checks a comment accepts for the flagged line, with the reason given. */
function acceptedAt(file: string, line: number): Map<string, string> {
  const lines = readFileSync(file, 'utf8').split('\n');
  const accepted = new Map<string, string>();
  for (let index = Math.max(0, line - 4); index < line; index += 1) {
    const match = ACCEPT.exec(lines[index] ?? '');
    for (const check of match?.[1]?.split(',') ?? []) {
      accepted.set(check.trim(), match?.[2] ?? '');
    }
  }
  return accepted;
}

/** Every check some comment in the folder's TypeScript files accepts, with a reason. */
function checksAcceptedIn(folder: string): Set<string> {
  const accepted = new Set<string>();
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      checksAcceptedIn(path).forEach((check) => accepted.add(check));
      continue;
    }
    if (!name.endsWith('.ts')) {
      continue;
    }
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      ACCEPT.exec(line)?.[1]
        ?.split(',')
        .forEach((check) => accepted.add(check.trim()));
    }
  }
  return accepted;
}

function main(): number {
  const source = scan(join(ROOT, 'src-main')).filter((f) => !SEVERITIES_ALLOWED.has(f.severity));
  const refused: Finding[] = [];
  for (const finding of source) {
    const reason = acceptedAt(finding.file, finding.line).get(finding.check);
    if (reason === undefined) {
      refused.push(finding);
    } else {
      console.log(`accepted ${finding.check} at ${finding.file}:${finding.line}: ${reason}`);
    }
  }
  const acceptedChecks = checksAcceptedIn(join(ROOT, 'src-main'));
  const built = scan(join(ROOT, 'out')).filter((f) => !SEVERITIES_ALLOWED.has(f.severity));
  refused.push(...built.filter((finding) => !acceptedChecks.has(finding.check)));
  for (const finding of refused) {
    console.log(
      `FINDING ${finding.severity} ${finding.check} at ${finding.file}:${finding.line}: ${finding.description}`,
    );
  }
  console.log(
    `electronegativity: ${source.length + built.length} findings above informational, ${refused.length} not accepted`,
  );
  return refused.length === 0 ? 0 : 1;
}

process.exitCode = main();
