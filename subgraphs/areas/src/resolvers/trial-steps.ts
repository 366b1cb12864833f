import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { BadInputError, NotFoundError, todayInFinland } from '@kaiku/subgraph-kit';
import { TrialStep, TrialStepRecord } from '../entities/trial-step';
import { WorkingGroupMember } from '../entities/working-group-member';
import { TRIAL_STEP_DESCRIPTIONS, TRIAL_STEP_TITLES } from '../domain/trial-steps';
import type { Context } from '../loaders';
import { publishAreaEvent } from '../snapshot';
import { areaForChange, optionalText } from './area-access';
import { CompleteTrialStepInput } from './area-inputs';

/** The ten steps of an area: national titles joined with what the area recorded. */
export function trialStepsOf(areaId: string, records: TrialStepRecord[]): TrialStep[] {
  return TRIAL_STEP_TITLES.map((title, index) => toTrialStep(areaId, index + 1, records.find((record) => record.step === index + 1)));
}

function toTrialStep(areaId: string, number: number, record: TrialStepRecord | undefined): TrialStep {
  return {
    areaId,
    number,
    title: TRIAL_STEP_TITLES[number - 1],
    description: TRIAL_STEP_DESCRIPTIONS[number - 1],
    completed: Boolean(record?.completedOn),
    completedOn: record?.completedOn ?? null,
    responsibleMemberId: record?.responsibleMemberId ?? null,
    notes: record?.notes ?? null,
  };
}

@Resolver(() => TrialStep)
export class TrialStepResolver {
  @FieldResolver(() => WorkingGroupMember, { nullable: true, description: 'The working-group member who answers for the step' })
  async responsibleMember(@Root() step: TrialStep, @Ctx() { loaders }: Context): Promise<WorkingGroupMember | null> {
    if (!step.responsibleMemberId) return null;
    // Through the area's member list: no extra statement when the group is asked for too.
    const members = await loaders.membersByArea.load(step.areaId);
    return members.find((member) => member.id === step.responsibleMemberId) ?? null;
  }

  @Authorized('NATIONAL_ADMIN', 'AREA_COORDINATOR')
  @Mutation(() => TrialStep, {
    description: "Records one of the trial's ten steps: its completion date, the responsible working-group member and notes",
  })
  async completeTrialStep(
    @Arg('input', () => CompleteTrialStepInput) input: CompleteTrialStepInput,
    @Ctx() { dataSource, caller }: Context,
  ): Promise<TrialStep> {
    if (input.completedOn && input.completedOn > todayInFinland()) throw new BadInputError('completedOn', 'cannot be in the future');
    return dataSource.transaction(async (manager) => {
      const area = await areaForChange(manager, caller, { code: input.areaCode }, 'areaCode');
      if (input.responsibleMemberId) {
        const member = await manager.exists(WorkingGroupMember, { where: { id: input.responsibleMemberId, areaId: area.id } });
        if (!member) throw new NotFoundError("A member of this area's working group", 'responsibleMemberId');
      }
      const existing = await manager.findOne(TrialStepRecord, { where: { areaId: area.id, step: input.step } });
      const notes = optionalText(input.notes);
      const record: TrialStepRecord = {
        areaId: area.id,
        step: input.step,
        completedOn: input.completedOn !== undefined ? input.completedOn : existing?.completedOn ?? null,
        responsibleMemberId: input.responsibleMemberId !== undefined ? input.responsibleMemberId : existing?.responsibleMemberId ?? null,
        notes: notes !== undefined ? notes : existing?.notes ?? null,
        updatedAt: new Date(),
      };
      await manager.upsert(TrialStepRecord, record, ['areaId', 'step']);
      await publishAreaEvent(manager, 'AreaUpdated', area, { change: 'TRIAL_STEP' });
      return toTrialStep(area.id, input.step, record);
    });
  }
}
