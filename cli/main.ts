// The command line: `undersigned <command> …` (package.json `bin`, built to out/cli/undersigned.js by
// scripts/build-node.ts), or `npm run --silent cli -- <command> …`. `--help` and `--version` are answered before the
// commands, and the engines they need, are loaded; the commands live in `run-cli.ts`, which tests can call.
import { quickAnswer } from './usage';

const argv = process.argv.slice(2);
const quick = quickAnswer(argv);
if (quick !== null) {
  process.stdout.write(quick);
} else {
  void import('./run-cli').then(({ runCli }) =>
    runCli(argv, {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
    }).then((code) => {
      process.exitCode = code;
    }),
  );
}
