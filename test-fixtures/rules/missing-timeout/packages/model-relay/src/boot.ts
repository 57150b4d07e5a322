// The relay's entry raises undici's deadlines once for the whole process: every fetch it makes waits at most ten
// minutes for headers and between body chunks, which is the bound the rule asks for.
import { Agent, setGlobalDispatcher } from "undici";

const slowModelDeadline = 10 * 60 * 1000;
const agent = new Agent({ headersTimeout: slowModelDeadline, bodyTimeout: slowModelDeadline });
setGlobalDispatcher(agent);

export { complete } from "./complete";
