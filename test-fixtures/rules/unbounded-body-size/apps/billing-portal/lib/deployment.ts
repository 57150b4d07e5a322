export const isSelfHosted = process.env.SELF_HOSTED === "1";
