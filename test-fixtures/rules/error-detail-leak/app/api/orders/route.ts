import { NextResponse } from "next/server";
import { db } from "../../../db";

export async function GET() {
  try {
    const orders = await db.query("select * from orders");
    return NextResponse.json(orders.rows);
  } catch (error) {
    // expect: error-detail-leak
    return NextResponse.json({ error: String(error) }, { status: 500 });
  }
}

export async function POST(request: Request) {
  try {
    const order = await request.json();
    await db.query("insert into orders (sku) values ($1)", [order.sku]);
    return new Response(null, { status: 201 });
  } catch (error) {
    console.error(error);
    // ok: error-detail-leak -- a fixed message
    return new Response("Could not create the order", { status: 500 });
  }
}
