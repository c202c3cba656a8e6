import { registerEnumType } from 'type-graphql';

/** Who a delegation is (000 §28-29, 001). */
export enum DelegationKind {
  /** A country's team, three people with at least one from government by default. */
  NATIONAL_TEAM = 'NATIONAL_TEAM',
  /** A civil-society alliance on a civil-society route (001). */
  CIVIL_SOCIETY_ALLIANCE = 'CIVIL_SOCIETY_ALLIANCE',
  /** Donors, the UN, civil society networks: one delegate each by default (000 §29). */
  STAKEHOLDER_GROUP = 'STAKEHOLDER_GROUP',
}
registerEnumType(DelegationKind, {
  name: 'DelegationKind',
  valuesConfig: {
    NATIONAL_TEAM: { description: "A country's team (3 people, one from government, by default)" },
    CIVIL_SOCIETY_ALLIANCE: { description: 'A civil-society alliance, on civil-society routes' },
    STAKEHOLDER_GROUP: { description: 'Donors, the UN or a network: one delegate by default' },
  },
});
