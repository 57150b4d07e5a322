export { mustBeSignedIn } from "./must-be-signed-in";
