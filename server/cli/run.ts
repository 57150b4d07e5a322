// `harden check`: argument parsing, loading, reporting, exit codes. (Being written: see the Foundation issue.)
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  io.stderr.write(`harden: not implemented yet (${argv.join(" ")})\n`);
  return 2;
}
