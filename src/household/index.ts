// Named re-exports of the household module.
export { SOCIO_ECONOMIC_REGIONS, type SocioEconomicRegion } from "./regions.js";
export {
  safeParseHousehold,
  parseHousehold,
  ageOnDate,
  type HouseholdInput,
  type Household,
  type HouseholdMember,
  type HouseholdMemberInput,
} from "./household.js";
