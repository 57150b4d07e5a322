// The settings folder's public face.
export * from "./check-environment";
