// Route schemas kept in a module of their own, required whole by the routes that take them.
const rename = {
  body: {
    type: "object",
    required: ["label"],
    properties: { label: { type: "string", maxLength: 40 } },
    additionalProperties: false,
  },
};

// Describes the answer only: nothing here checks what the client sends.
const archive = { response: { 200: { type: "object", properties: { archived: { type: "boolean" } } } } };

module.exports = { rename, archive };
