import { Indexed } from "./index-columns";

export class Invoice {
  @Indexed()
  customerId = "";

  @Indexed()
  issuedOn = "";
}
