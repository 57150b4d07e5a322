export { teamKeyInterceptor } from "./key";
export { timingInterceptor } from "./timing";
