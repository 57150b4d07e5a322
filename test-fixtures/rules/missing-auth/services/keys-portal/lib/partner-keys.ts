const issued = (process.env.PARTNER_KEYS ?? "").split(",").filter(Boolean);

export function isIssuedPartnerKey(key: string | null): boolean {
  return !!key && issued.includes(key);
}
