export default () => ({
  // ok: unvalidated-env -- main.ts validates the environment against ConsoleEnv before the app listens
  port: +process.env.CONSOLE_PORT!,
  // ok: unvalidated-env -- the same boot check requires it
  title: `${process.env.CONSOLE_NAME!} console`,
});
