const axios = require("axios");
const { Pool } = require("pg");

// expect: missing-timeout
const pool = new Pool({ connectionTimeoutMillis: 10000 });

async function syncExchangeRates() {
  // expect: missing-timeout
  const { data } = await axios("https://api.exchangerate.example.com/latest?base=EUR", { timeout: 30000 });
  await pool.query("insert into exchange_rates (payload) values ($1)", [data]);
}

async function pushToErp(rows) {
  // ok: missing-timeout -- the config object sets a timeout
  await axios({ method: "post", url: process.env.ERP_URL, data: rows, timeout: 20000 });
}

module.exports = { syncExchangeRates, pushToErp };
