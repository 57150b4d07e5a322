// Operator commands registered on the application's command line: each runs once, by hand, in a terminal.
interface CommandChain {
  option(flags: string, description: string): CommandChain;
  action(run: (options: Record<string, string>) => Promise<void>): CommandChain;
}

declare function mintServiceKey(label: string): Promise<string>;
declare function rotateSigningSecret(): Promise<string>;

export function registerKeyCommands(cli: { command(name: string): CommandChain }) {
  cli
    .command("mint-service-key")
    .option("-l, --label <label>", "what the key is for")
    .action(async (options) => {
      const serviceToken = await mintServiceKey(options.label!);
      // ok: sensitive-data-logged -- printing the key it just minted is the command's whole output, seen once by the operator
      console.log(serviceToken);
    });
}

export function rotateOnSchedule(scheduler: { every(period: string, run: () => Promise<void>): void }) {
  scheduler.every("1d", async () => {
    const signingSecret = await rotateSigningSecret();
    // expect: sensitive-data-logged
    console.log(signingSecret);
  });
}
