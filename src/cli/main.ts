/**
 * Entry point of the headless CLI (`bin/quote-part.js` calls `main(process.argv.slice(2))`):
 * parses the command line, prints help or version, or runs `compute`. Returns the exit
 * status instead of exiting, so tests run it in-process.
 */
import { inspectWorkbook, runQuotePart } from '../engine';
import { parseCliArgs } from './cliArgs';
import { processIo, type CliIo } from './cliIo';
import { COMPUTE_HELP, GENERAL_HELP } from './helpText';
import { EXIT, runCompute } from './runCompute';
import { quotePartVersion } from './version';

/** Runs the CLI with the arguments after the program name; resolves to the exit status. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const command = parseCliArgs(argv);
  switch (command.kind) {
    case 'usage-error':
      io.err(`quote-part : ${command.message}\n`);
      io.err(
        command.topic === 'compute'
          ? 'Voir : quote-part compute --help\n'
          : 'Voir : quote-part --help\n',
      );
      return EXIT.usage;
    case 'help':
      io.out(command.topic === 'compute' ? COMPUTE_HELP : GENERAL_HELP);
      return EXIT.ok;
    case 'version':
      io.out(`quote-part ${quotePartVersion()}\n`);
      return EXIT.ok;
    case 'compute':
      return runCompute(command.options, io, { runQuotePart, inspectWorkbook }, quotePartVersion());
  }
}
