import { CanActivate, Injectable } from "@nestjs/common";

// Lets every request through: it only exists so a decorator has something to name.
@Injectable()
export class OpenDoorGuard implements CanActivate {
  canActivate(): boolean {
    return true;
  }
}
