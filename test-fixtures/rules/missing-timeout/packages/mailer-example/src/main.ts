import { version } from "../../mailer-kit/src";

console.log(`mailer-kit ${version()}`);
