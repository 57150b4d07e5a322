import { Injectable } from "@nestjs/common";
import { RpcException } from "@nestjs/microservices";

interface SeatStore {
  reserve(input: { team: string; count: number }): Promise<{ id: string }>;
}

@Injectable()
export class SeatsService {
  constructor(private readonly seats: SeatStore) {}

  async reserve(team: string | undefined, count: number): Promise<string> {
    try {
      if (!team) throw new RpcException("A team is required");
      const reservation = await this.seats.reserve({ team, count });
      return reservation.id;
    } catch (problem) {
      // expect: error-detail-leak
      throw new RpcException(problem);
    }
  }

  async release(team: string, count: number): Promise<string> {
    try {
      if (count < 1) throw new Error("Nothing to release");
      return (await this.seats.reserve({ team, count: -count })).id;
    } catch (problem) {
      // expect: error-detail-leak
      throw new RpcException(problem);
    }
  }
}
