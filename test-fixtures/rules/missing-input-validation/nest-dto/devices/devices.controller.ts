// The body's type literal names an imported interface nothing else in the file uses. The fix types the parameter
// with a DTO, which leaves that import unused: the fix drops it too, or a project compiled with noUnusedLocals would
// fail to build. The other import stays, still used by a method.
import { Body, Controller, Post } from "@nestjs/common";
import { DeviceLabel, SignedChallenge } from "./passkey.types";
import { DevicesService } from "./devices.service";

@Controller("devices")
export class DevicesController {
  constructor(private readonly devices: DevicesService) {}

  @Post("verify")
  // expect: missing-input-validation
  verify(@Body() body: { deviceId: string; challenge: SignedChallenge }) {
    return this.devices.verify(body.deviceId, body.challenge);
  }

  defaultLabel(): DeviceLabel {
    return { label: "new device" };
  }
}
