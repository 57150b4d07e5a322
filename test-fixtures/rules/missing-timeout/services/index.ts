// The services the app wires into its routes.
export { createCustomer } from "./payments";
