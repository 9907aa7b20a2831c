// The command line: `npm run --silent cli -- <command> …`. The commands live in `run-cli.ts`, which tests can call.
import { runCli } from './run-cli';

void runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then((code) => {
  process.exitCode = code;
});
