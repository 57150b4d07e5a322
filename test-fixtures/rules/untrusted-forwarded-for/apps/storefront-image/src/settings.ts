export const isSelfHosted = process.env.SELF_HOSTED === "true";
export const IS_CLOUD = !isSelfHosted;
