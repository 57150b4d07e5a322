// Route schemas that also feed the API reference: their examples show readers what a value looks
// like. A token minted for the page signs nothing; a key a vendor issued is live wherever it is pasted.
export const signedLinkQuery = {
  type: "object",
  properties: {
    // ok: hardcoded-secret -- a documentation example of the token's shape, in a schema object
    token: { type: "string", examples: ["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJwYXRoIjoiYXZhdGFycy90ZWFtLnBuZyIsImlhdCI6MTcwMDAwMDAwMH0.drVw2E5_uCpU2J1MDJisAd0NR_8IVIkqzAWsCcP9JB8"] },
    download: { type: "string", example: "team.png" },
  },
  required: ["token"],
};

export const billingKeyParameter = {
  name: "key",
  schema: { type: "string" },
  // expect: hardcoded-secret
  example: "sk_live_8MsLc22pAS4uvXJXfK9AQczCve",
};

// Outside a schema a token is a credential the server holds.
// expect: hardcoded-secret
export const previewToken = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJwYXRoIjoicmVwb3J0cy9xMy5wZGYiLCJpYXQiOjE3MDAwMDA2MDB9.sBrGW_r6t3qq_lG_6myE1neifNpa37yg7JrYHnyFqP0";
