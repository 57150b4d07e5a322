export default {
  async fetch(request: Request): Promise<Response> {
    const token = crypto.randomUUID();
    return new Response("ok", {
      headers: {
        // expect: insecure-cookie
        "Set-Cookie": `auth=${token}; Path=/; Secure; HttpOnly; SameSite=Lax`,
      },
    });
  },
};
