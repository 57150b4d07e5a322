export { RequireMember as MembersOnly, Described, Lenient, TreasurerOnly, SignedIn, Member, MaybeMember } from "./decorators";
