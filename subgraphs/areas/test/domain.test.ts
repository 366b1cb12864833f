import { AreaStatus } from '../src/entities/area';
import { WorkingGroupSector, type WorkingGroupMember } from '../src/entities/working-group-member';
import type { PartnerFact } from '../src/entities/partner-fact';
import type { TrialStepRecord } from '../src/entities/trial-step';
import { evaluateReadiness } from '../src/domain/readiness';
import { STATUS_TRANSITIONS, canMove } from '../src/domain/status';
import { TRIAL_STEP_TITLES } from '../src/domain/trial-steps';

const member = (sector: WorkingGroupSector) => ({ sector }) as WorkingGroupMember;
const partner = (fact: Partial<PartnerFact>) => ({ active: true, roles: [], sector: 'PUBLIC', agreementSigned: true, ...fact }) as PartnerFact;

describe('area status', () => {
  it('allows the designed moves only, and nothing out of ENDED', () => {
    expect(canMove(AreaStatus.PLANNING, AreaStatus.TRIAL)).toBe(true);
    expect(canMove(AreaStatus.PLANNING, AreaStatus.ACTIVE)).toBe(false);
    expect(canMove(AreaStatus.PAUSED, AreaStatus.ACTIVE)).toBe(true);
    expect(canMove(AreaStatus.ACTIVE, AreaStatus.TRIAL)).toBe(false);
    expect(STATUS_TRANSITIONS.ENDED).toEqual([]);
    for (const status of Object.values(AreaStatus)) expect(canMove(status, status)).toBe(false);
  });
});

describe('trial steps', () => {
  it('has ten steps titled in all three languages', () => {
    expect(TRIAL_STEP_TITLES).toHaveLength(10);
    for (const title of TRIAL_STEP_TITLES) expect(title.fi && title.sv && title.en).toBeTruthy();
  });
});

describe('readiness', () => {
  const ready = {
    status: AreaStatus.TRIAL,
    members: [member(WorkingGroupSector.CULTURE), member(WorkingGroupSector.WELLBEING)],
    partners: [partner({ sector: 'THIRD_SECTOR', roles: ['CARD_DISTRIBUTOR'] })],
    steps: [{ step: 6, responsibleMemberId: 'someone' } as TrialStepRecord],
  };

  it('passes when every condition holds', () => {
    expect(evaluateReadiness(ready, 'en').ready).toBe(true);
  });

  it('names each failure in the asked language', () => {
    const result = evaluateReadiness(
      { status: AreaStatus.TRIAL, members: [member(WorkingGroupSector.CULTURE)], partners: [partner({ agreementSigned: false }), partner({ active: false })], steps: [] },
      'sv',
    );
    expect(result.ready).toBe(false);
    expect(result.checks.filter((check) => !check.passed).map((check) => check.code)).toEqual([
      'WORKING_GROUP_SECTORS', 'THIRD_SECTOR_ACTOR', 'CARD_DISTRIBUTOR', 'THIRD_SECTOR_DISTRIBUTOR', 'PARTNER_AGREEMENTS', 'STATISTICS_RESPONSIBLE',
    ]);
    expect(result.checks.find((check) => check.code === 'PARTNER_AGREEMENTS')?.reason).toBe('Avtal saknas för 1 partner.');
  });

  it('asks for partner agreements only during a trial, and ignores inactive partners', () => {
    const active = evaluateReadiness({ ...ready, status: AreaStatus.ACTIVE, partners: [...ready.partners, partner({ agreementSigned: false })] }, 'fi');
    expect(active.ready).toBe(true);
    const inactiveOnly = evaluateReadiness({ ...ready, partners: [partner({ sector: 'THIRD_SECTOR', roles: ['CARD_DISTRIBUTOR'], active: false })] }, 'fi');
    expect(inactiveOnly.checks.find((check) => check.code === 'CARD_DISTRIBUTOR')?.passed).toBe(false);
  });
});
