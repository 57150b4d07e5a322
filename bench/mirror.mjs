// A repository the session's `fetch` tool brought as a bare git directory (<mirrors>/<owner>+<name>/repo), read with
// `git` only: the commit it holds, the files under a folder, a file's text. The corpus builders read their sources here.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

export function mirrorOf(repo, mirrors) {
  const directory = path.join(mirrors, repo.replace("/", "+"), "repo");
  if (!fs.existsSync(directory)) throw new Error(`${repo}: no mirror at ${directory} (fetch github:${repo} first)`);
  const git = (...args) => {
    const run = spawnSync("git", ["--git-dir", directory, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
    if (run.status !== 0) throw new Error(`${repo}: git ${args.join(" ")}: ${run.stderr.split("\n")[0]}`);
    return run.stdout;
  };
  const commit = git("rev-parse", "HEAD").trim();
  return {
    repo,
    commit,
    list: (prefix) => git("ls-tree", "-r", "--name-only", commit, prefix).split("\n").filter(Boolean),
    show: (file) => git("show", `${commit}:${file}`),
  };
}
