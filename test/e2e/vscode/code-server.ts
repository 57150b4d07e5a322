// Real VS Code for the end-to-end tier: installs code-server from npm once into a cache outside the clone, installs a
// .vsix into a throwaway profile and starts/stops a server on a free loopback port. It never touches the user's VS Code.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { homedir } from "node:os";
import { dirname, join } from "node:path";

/** The newest code-server whose `engines.node` accepts Node 20; it ships VS Code 1.100.3. */
const codeServerVersion = "4.100.3";
/** `@vscode/ripgrep`'s postinstall downloads rg unless this archive is already in `$TMPDIR`; Debian's rg stands in. */
const ripgrepCacheArchive = "vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz";

function cacheDir(): string {
  const cacheHome = process.env["XDG_CACHE_HOME"] || join(homedir(), ".cache");
  return join(cacheHome, "harden-e2e", `code-server-${codeServerVersion}`);
}

/** Installs code-server into the cache unless a finished install (its marker file) is there; returns the binary. */
export function ensureCodeServer(log: (line: string) => void): string {
  const dir = cacheDir();
  const binary = join(dir, "node_modules", ".bin", "code-server");
  if (existsSync(join(dir, ".installed")) && existsSync(binary)) return binary;

  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  const tmp = join(partial, "tmp");
  mkdirSync(join(tmp, dirname(ripgrepCacheArchive)), { recursive: true });
  const rg = execFileSync("sh", ["-c", "command -v rg"], { encoding: "utf8" }).trim();
  if (!rg) throw new Error("code-server install: ripgrep (`rg`) is not installed; apt-get install ripgrep");
  execFileSync("tar", ["czf", join(tmp, ripgrepCacheArchive), "-C", dirname(rg), "rg"]);

  log(`installing code-server ${codeServerVersion} into ${dir} (about 75 s, once)`);
  const env = { ...process.env, TMPDIR: tmp, npm_config_yes: "true" };
  execFileSync(
    "npm",
    ["install", "--prefix", partial, "--unsafe-perm", "--no-audit", "--no-fund", "--no-save", "--loglevel=error", `code-server@${codeServerVersion}`],
    { env, stdio: ["ignore", "inherit", "inherit"], cwd: partial },
  );
  rmSync(tmp, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
  renameSync(partial, dir);
  writeFileSync(join(dir, ".installed"), `code-server@${codeServerVersion}\n`);
  return binary;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export interface Profile {
  userDataDir: string;
  extensionsDir: string;
}

export function installExtension(binary: string, profile: Profile, vsix: string): void {
  execFileSync(binary, ["--user-data-dir", profile.userDataDir, "--extensions-dir", profile.extensionsDir, "--install-extension", vsix], {
    stdio: ["ignore", "pipe", "pipe"],
    timeout: 60_000,
  });
}

export interface RunningCodeServer {
  url: string;
  process: ChildProcess;
  stop(): void;
}

/**
 * Starts code-server on a free loopback port and resolves once `/healthz` answers (or rejects after `timeoutMs`);
 * `workspaceTrust` keeps VS Code's workspace trust on.
 */
export async function startCodeServer(
  binary: string,
  profile: Profile,
  workspace: string,
  { env = {}, timeoutMs = 60_000, workspaceTrust = false }: { env?: Record<string, string>; timeoutMs?: number; workspaceTrust?: boolean } = {},
): Promise<RunningCodeServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const args = [
    ...["--bind-addr", `127.0.0.1:${port}`, "--auth", "none", "--disable-telemetry", "--disable-update-check"],
    // Without this flag a folder opens in Restricted Mode until the user trusts it.
    ...(workspaceTrust ? [] : ["--disable-workspace-trust"]),
    ...["--user-data-dir", profile.userDataDir, "--extensions-dir", profile.extensionsDir, workspace],
  ];
  const child = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"], detached: true, env: { ...process.env, ...env } });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const stop = () => {
    // code-server forks its own children; it runs in its own process group, so end the group by the leader's PID.
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
  };
  try {
    await waitForListening(child, () => output, timeoutMs);
    const health = await fetch(`${url}/healthz`);
    if (!health.ok) throw new Error(`code-server /healthz answered ${health.status}`);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, process: child, stop };
}

/** Resolves when code-server logs that its HTTP server listens; rejects if it exits first or the timeout passes. */
function waitForListening(child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`code-server did not start within ${timeoutMs} ms:\n${output()}`)), timeoutMs);
    const onData = () => {
      if (/HTTP server listening on/.test(output())) finish();
    };
    const onExit = (code: number | null) => finish(new Error(`code-server exited with ${code}:\n${output()}`));
    function finish(error?: Error) {
      clearTimeout(timer);
      child.stdout!.off("data", onData);
      child.stderr!.off("data", onData);
      child.off("exit", onExit);
      if (error) reject(error);
      else resolve();
    }
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", onExit);
  });
}
