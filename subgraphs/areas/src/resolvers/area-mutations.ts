import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { IsNull, Not } from 'typeorm';
import { hasRole } from '@kaiku/identity';
import { BadInputError, ConflictError, ForbiddenError, isIsoDate, newId, todayInFinland } from '@kaiku/subgraph-kit';
import { ActivationOverride } from '../entities/activation-override';
import { Area, AreaStatus } from '../entities/area';
import { TrialStepRecord } from '../entities/trial-step';
import { allowedTransitions, canMove, localOnlyAllowed } from '../domain/status';
import { TRIAL_STEP_COUNT } from '../domain/trial-steps';
import type { Context } from '../loaders';
import { publishAreaEvent } from '../snapshot';
import { areaForChange, isUniqueViolation, localizedFrom, requiredText } from './area-access';
import { CooperationAgreementInput, CreateAreaInput, UpdateAreaInput } from './area-inputs';
import { setMunicipalities } from './area-municipalities';

function checkLocalOnly(status: AreaStatus, localOnly: boolean): void {
  if (localOnly && !localOnlyAllowed(status)) {
    throw new BadInputError('localOnly', `an area in ${status} cannot be local-only: only a planned, trial or paused area can`);
  }
}

/**
 * Changes of an area itself. One transaction per mutation: bad input found half-way rolls
 * everything back, and the event is published in the same transaction as the change.
 */
@Resolver(() => Area)
export class AreaMutations {
  @Authorized('NATIONAL_ADMIN')
  @Mutation(() => Area, { description: 'Creates an area in PLANNING (national admins only)' })
  async createArea(@Arg('input', () => CreateAreaInput) input: CreateAreaInput, @Ctx() { dataSource }: Context): Promise<Area> {
    const name = localizedFrom('name', input.name);
    const localOnly = input.localOnly ?? false;
    checkLocalOnly(AreaStatus.PLANNING, localOnly);
    return dataSource.transaction(async (manager) => {
      if (await manager.exists(Area, { where: { code: input.code } })) {
        throw new ConflictError(`code: an area with code "${input.code}" already exists`, 'code');
      }
      const area = manager.create(Area, {
        id: newId(),
        code: input.code,
        name,
        kind: input.kind,
        status: AreaStatus.PLANNING,
        localOnly,
        trialStartedOn: null,
        activatedOn: null,
      });
      try {
        await manager.insert(Area, area);
      } catch (error) {
        if (isUniqueViolation(error, 'areas_code_key')) throw new ConflictError(`code: an area with code "${input.code}" already exists`, 'code');
        throw error;
      }
      await setMunicipalities(manager, area, input.municipalityCodes ?? []);
      await publishAreaEvent(manager, 'AreaRegistered', area);
      return area;
    });
  }

  @Authorized('NATIONAL_ADMIN', 'AREA_COORDINATOR')
  @Mutation(() => Area, { description: "Changes an area's names, kind, local-only flag or municipalities" })
  async updateArea(
    @Arg('code', () => String) code: string,
    @Arg('input', () => UpdateAreaInput) input: UpdateAreaInput,
    @Ctx() { dataSource, caller }: Context,
  ): Promise<Area> {
    const name = input.name ? localizedFrom('name', input.name) : undefined;
    return dataSource.transaction(async (manager) => {
      const area = await areaForChange(manager, caller, { code }, 'code');
      if (input.localOnly !== undefined && input.localOnly !== null) checkLocalOnly(area.status, input.localOnly);
      if (input.kind && input.kind !== area.kind && !hasRole(caller, 'NATIONAL_ADMIN')) {
        throw new ForbiddenError('Only national admins can change the kind of an area');
      }
      Object.assign(area, {
        ...(name ? { name } : {}),
        ...(input.kind ? { kind: input.kind } : {}),
        ...(typeof input.localOnly === 'boolean' ? { localOnly: input.localOnly } : {}),
      });
      await manager.update(Area, { id: area.id }, { name: area.name, kind: area.kind, localOnly: area.localOnly });
      if (input.municipalityCodes) await setMunicipalities(manager, area, input.municipalityCodes);
      await publishAreaEvent(manager, 'AreaUpdated', area, { change: 'DETAILS' });
      return area;
    });
  }

  @Authorized('NATIONAL_ADMIN', 'AREA_COORDINATOR')
  @Mutation(() => Area, { description: 'Sets the municipalities an area covers (official codes); the list replaces the old one' })
  async setAreaMunicipalities(
    @Arg('code', () => String) code: string,
    @Arg('municipalityCodes', () => [String]) municipalityCodes: string[],
    @Ctx() { dataSource, caller }: Context,
  ): Promise<Area> {
    if (municipalityCodes.length > 400) throw new BadInputError('municipalityCodes', 'at most 400 municipalities');
    const malformed = municipalityCodes.find((value) => !/^[0-9]{3}$/.test(value.trim()));
    if (malformed !== undefined) throw new BadInputError('municipalityCodes', `${JSON.stringify(malformed.slice(0, 40))} is not a three-digit municipality code`);
    return dataSource.transaction(async (manager) => {
      const area = await areaForChange(manager, caller, { code }, 'code');
      await setMunicipalities(manager, area, municipalityCodes);
      await publishAreaEvent(manager, 'AreaUpdated', area, { change: 'MUNICIPALITIES' });
      return area;
    });
  }

  @Authorized('NATIONAL_ADMIN', 'AREA_COORDINATOR')
  @Mutation(() => Area, {
    description:
      'Moves the area to another status. ACTIVE needs all ten trial steps complete, or a national admin\'s overrideReason (recorded).',
  })
  async changeAreaStatus(
    @Arg('code', () => String) code: string,
    @Arg('status', () => AreaStatus) status: AreaStatus,
    @Arg('overrideReason', () => String, {
      nullable: true,
      description: 'National admins only, for ACTIVE: why the area is activated before its ten steps are complete (recorded only when needed)',
    })
    overrideReason: string | undefined,
    @Ctx() { dataSource, caller }: Context,
  ): Promise<Area> {
    const reason = overrideReason === undefined || overrideReason === null ? undefined : requiredText('overrideReason', overrideReason);
    if (reason !== undefined) {
      if (!hasRole(caller, 'NATIONAL_ADMIN')) throw new ForbiddenError('Only national admins can activate an area before its trial steps are complete');
      if (status !== AreaStatus.ACTIVE) throw new BadInputError('overrideReason', 'an override applies only to a move to ACTIVE');
      if (reason.length > 2000) throw new BadInputError('overrideReason', 'must be at most 2000 characters');
    }
    return dataSource.transaction(async (manager) => {
      const area = await areaForChange(manager, caller, { code }, 'code');
      const previousStatus = area.status;
      if (!canMove(previousStatus, status)) {
        const allowed = allowedTransitions(previousStatus);
        throw new BadInputError(
          'status',
          `an area in ${previousStatus} cannot move to ${status}; allowed: ${allowed.length ? allowed.join(', ') : 'none (an ended area stays ended)'}`,
        );
      }
      if (status === AreaStatus.ACTIVE) {
        const completed = await manager.count(TrialStepRecord, { where: { areaId: area.id, completedOn: Not(IsNull()) } });
        if (completed < TRIAL_STEP_COUNT) {
          if (reason === undefined) {
            throw new BadInputError(
              'status',
              `ACTIVE needs all ${TRIAL_STEP_COUNT} trial steps complete (${completed} are); a national admin may activate with an overrideReason`,
            );
          }
          await manager.insert(ActivationOverride, { areaId: area.id, overriddenBy: caller.subject ?? 'unknown', reason });
        }
        area.activatedOn ??= todayInFinland();
        // An active area is part of the nationwide network: its cards work everywhere.
        area.localOnly = false;
      }
      if (status === AreaStatus.TRIAL) area.trialStartedOn ??= todayInFinland();
      area.status = status;
      await manager.update(Area, { id: area.id }, { status, activatedOn: area.activatedOn, trialStartedOn: area.trialStartedOn, localOnly: area.localOnly });
      await publishAreaEvent(manager, 'AreaStatusChanged', area, { previousStatus });
      return area;
    });
  }

  @Authorized('NATIONAL_ADMIN', 'AREA_COORDINATOR')
  @Mutation(() => Area, { description: 'Records the cooperation agreement with the national support and development service' })
  async recordCooperationAgreement(
    @Arg('areaCode', () => String) areaCode: string,
    @Arg('input', () => CooperationAgreementInput) input: CooperationAgreementInput,
    @Ctx() { dataSource, caller }: Context,
  ): Promise<Area> {
    for (const field of ['signedOn', 'validFrom', 'validUntil'] as const) {
      const value = input[field];
      if (value !== undefined && value !== null && !isIsoDate(value)) throw new BadInputError(field, 'must be a date YYYY-MM-DD');
    }
    if (input.signedOn > todayInFinland()) throw new BadInputError('signedOn', 'cannot be in the future');
    if (input.validUntil && input.validUntil < input.validFrom) throw new BadInputError('validUntil', 'must not be before validFrom');
    const documentReference = requiredText('documentReference', input.documentReference);
    return dataSource.transaction(async (manager) => {
      const area = await areaForChange(manager, caller, { code: areaCode }, 'areaCode');
      Object.assign(area, {
        agreementSignedOn: input.signedOn,
        agreementValidFrom: input.validFrom,
        agreementValidUntil: input.validUntil ?? null,
        agreementDocument: documentReference,
      });
      await manager.update(
        Area,
        { id: area.id },
        { agreementSignedOn: area.agreementSignedOn, agreementValidFrom: area.agreementValidFrom, agreementValidUntil: area.agreementValidUntil, agreementDocument: documentReference },
      );
      await publishAreaEvent(manager, 'AreaUpdated', area, { change: 'COOPERATION_AGREEMENT' });
      return area;
    });
  }
}
