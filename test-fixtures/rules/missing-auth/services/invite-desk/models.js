export const Invite = globalThis.models.Invite;
export const Desk = globalThis.models.Desk;
export const Channel = globalThis.models.Channel;
export const Accounts = globalThis.models.Accounts;
