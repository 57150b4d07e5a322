export { default } from "./audit.routes";
