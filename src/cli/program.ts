// CLI adapter (`tracker-bot check | fix | init`): parses arguments, reads files and config, calls
// the application services and the reporters, and maps outcomes to exit codes 0 / 1 / 2.
// `fix`, `add` and `init` (with the YAML writer) load when their command runs; `check` is the start-up path.
import { escapeWorkflowValue } from '../report/workflow-commands.js';
import { Command, CommanderError, Option } from 'commander';
import { runCheck } from './check.js';
import { describeError, EXIT_USAGE } from './errors.js';
import { outputErrorOf } from './stdout.js';
import { VERSION } from '../version.js';

function buildProgram(): Command {
  const program = new Command('tracker-bot')
    .description('Keep curated Markdown trackers healthy: table schema, ratings, dates, URLs, sort order and link liveness.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .helpCommand('help [command]', 'show help for a command (tracker-bot help check)');

  const lang = new Option('--lang <lang>', 'message language (default: from the config, else detected from the document)').choices(['en', 'zh']);
  const config = new Option('-c, --config <path>', 'config file (default: .tracker-bot.yml when present)');

  program
    .command('check')
    .description('report problems in tracker files (exit 1 on errors or dead links)')
    .argument('[files...]', 'Markdown trackers to check (default: the config\'s files, else README.md)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown', 'github']).default('text'))
    .addOption(config)
    .addOption(lang)
    .option('--links', 'also check that every link is alive')
    .option('--cache <path>', 'link cache file (reuses recent alive verdicts, keeps verdict history)')
    .option('--allow-private-hosts', 'allow link checks to loopback and private network addresses')
    .option('--no-progress', 'no progress bar on stderr while checking links')
    .addHelpText(
      'after',
      `
Exit codes: 0 no errors, 1 errors or dead links found, 2 usage, config or input error.

Examples:
  tracker-bot check                       check README.md (or the config's files)
  tracker-bot check docs/list.md --links  also check link liveness
  tracker-bot check --format json         machine-readable report (version 1)`,
    )
    .action(async (files: string[], options) => {
      process.exitCode = await runCheck(files, options);
    });

  program
    .command('fix')
    .description('apply every safe fix (dates, ratings, URL parameters, missing cells, sort order)')
    .argument('[files...]', 'Markdown trackers to fix (default: the config\'s files, else README.md)')
    .option('--dry-run', 'print a unified diff instead of writing; exit 1 when anything would change')
    .addOption(new Option('-c, --config <path>', 'config file (default: .tracker-bot.yml when present)'))
    .addOption(new Option('--lang <lang>', 'message language').choices(['en', 'zh']))
    .addHelpText(
      'after',
      `
Fixes never drop, merge or reword a row, never touch bytes outside the edited cells, keep line
endings and the BOM, and are written atomically. Running fix twice changes nothing the second time.`,
    )
    .action(async (files: string[], options) => {
      process.exitCode = await (await import('./fix.js')).runFix(files, options);
    });

  program
    .command('add')
    .description('add a row for a page: title, source and date from the page itself, at its sorted place')
    .argument('<url>', 'the page to add (tracking and session parameters are stripped)')
    .option('--file <path>', 'the tracker to add to (default: the config\'s first file, else README.md)')
    .option('--section <name>', 'the section to add to (default: the first section with a table)')
    .option('--set <column=value>', 'a cell value, e.g. --set 整体推荐指数=⭐⭐⭐ (repeatable)', (value: string, previous: string[]) => [...previous, value], [] as string[])
    .option('--dry-run', 'print the diff instead of writing')
    .option('--force', 'add the row even when the page is dead, blocked or unreachable')
    .option('--allow-private-hosts', 'allow fetching loopback and private network addresses')
    .addOption(new Option('-c, --config <path>', 'config file (default: .tracker-bot.yml when present)'))
    .addOption(new Option('--lang <lang>', 'message language').choices(['en', 'zh']))
    .addHelpText(
      'after',
      `
Exit codes: 0 added (or diff printed), 1 refused (already listed, dead or blocked page), 2 usage,
config or input error. A fact the page does not state leaves its cell empty and is named on stderr.

Examples:
  tracker-bot add https://mp.weixin.qq.com/s/abc --set 整体推荐指数=⭐⭐⭐⭐ --set 技术难度指数=❗
  tracker-bot add https://example.com/post --section "开源项目" --dry-run`,
    )
    .action(async (url: string, options) => {
      process.exitCode = await (await import('./add.js')).runAdd(url, options);
    });

  program
    .command('init')
    .description('write a .tracker-bot.yml inferred from an existing tracker')
    .argument('[file]', 'the tracker to learn from', 'README.md')
    .option('-o, --output <path>', 'where to write the config', '.tracker-bot.yml')
    .option('--force', 'overwrite an existing config file')
    .option('--stdout', 'print the config instead of writing it')
    .action(async (file: string, options) => {
      process.exitCode = await (await import('./init.js')).runInit(file, options);
    });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.help' || error.code === 'commander.version') return 0;
      return EXIT_USAGE;
    }
    process.stderr.write(`tracker-bot: ${escapeWorkflowValue(describeError(error))}\n`);
    return EXIT_USAGE;
  }
}

/**
 * A reader that stops early (`tracker-bot check | head`) closes the pipe: stop quietly with the exit
 * code the findings set, no stack trace. Any other failure to write (a full disk behind `> file`)
 * ends the run with exit code 2 and, when it is stdout that failed, one line on stderr.
 */
function handleWriteErrors(stream: NodeJS.WriteStream, name: 'stdout' | 'stderr'): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    if (name === 'stdout') process.stderr.write(`tracker-bot: ${escapeWorkflowValue(describeError(outputErrorOf(error)))}\n`);
    process.exit(EXIT_USAGE);
  });
}
handleWriteErrors(process.stdout, 'stdout');
handleWriteErrors(process.stderr, 'stderr');

const exitCode = await main(process.argv.slice(2));
process.exitCode = exitCode;
