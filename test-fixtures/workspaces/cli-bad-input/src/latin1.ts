export const greeting = "café ÿþ";
