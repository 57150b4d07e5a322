// Route options kept apart from the handlers that use them.
const subscribe = {
  schema: {
    body: {
      type: "object",
      required: ["channelId"],
      properties: { channelId: { type: "string", maxLength: 64 } },
      additionalProperties: false,
    },
  },
};

// Describes the answer only: nothing here checks what the client sends.
const mute = { schema: { response: { 204: { type: "null" } } } };

const searchQuery = {
  querystring: { type: "object", properties: { term: { type: "string", maxLength: 80 } } },
};

module.exports = { subscribe, mute, searchQuery };
