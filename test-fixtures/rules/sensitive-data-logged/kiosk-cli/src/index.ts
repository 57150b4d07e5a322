// The kiosk's maintenance command line, run by an operator inside the container; the package serves no requests.
import { run } from "@drizzle-team/brocli";
import { issueKioskPin } from "./commands/issue-pin";

void run([issueKioskPin], { name: "kiosk" });
