// A command-line program (it parses arguments with commander) that runs a user's request collection locally.
import { Command } from "commander";
import { runCollection } from "./runner";

new Command("run").argument("<file>").action((file: string) => runCollection(file));
