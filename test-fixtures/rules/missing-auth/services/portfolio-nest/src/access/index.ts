export { RequireMember as MembersOnly, Described, Lenient, TreasurerOnly, SignedIn } from "./decorators";
