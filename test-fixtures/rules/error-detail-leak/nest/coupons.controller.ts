import { Body, Controller, HttpException, HttpStatus, Post } from "@nestjs/common";

interface CouponInput {
  code: string;
  cartTotal: number;
}

function checkCoupon(input: CouponInput): void {
  if (!/^[A-Z0-9]{6}$/.test(input.code)) throw new Error(`coupon ${input.code} is not a valid code`);
  if (input.cartTotal < 10) throw new Error("coupons apply to carts of 10 or more");
}

@Controller("coupons")
export class CouponsController {
  @Post("check")
  check(@Body() input: CouponInput) {
    try {
      checkCoupon(input);
    } catch (error) {
      // ok: error-detail-leak -- the exception is given a client-error status: its message answers the caller's mistake
      throw new HttpException({ error: "Bad Request", message: [(error as Error).message] }, HttpStatus.BAD_REQUEST);
    }
    return { valid: true };
  }

  @Post("redeem")
  async redeem(@Body() input: CouponInput) {
    try {
      checkCoupon(input);
      return { redeemed: input.code };
    } catch (error) {
      // expect: error-detail-leak
      throw new HttpException({ message: (error as Error).message }, HttpStatus.INTERNAL_SERVER_ERROR);
    }
  }

  @Post("apply")
  apply(@Body() input: CouponInput) {
    try {
      checkCoupon(input);
    } catch (error) {
      // expect: error-detail-leak
      throw new HttpException({ error: "Bad Request", details: error }, 400);
    }
    return { applied: true };
  }
}
