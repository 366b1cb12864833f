import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ActivationOverride } from '../entities/activation-override';
import { Area } from '../entities/area';
import { hasRole } from '@kaiku/identity';
import { AreaReadiness, AreaStatusChange, CooperationAgreement } from '../entities/area-details';
import { Municipality } from '../entities/municipality';
import { TrialStep } from '../entities/trial-step';
import { WorkingGroupMember } from '../entities/working-group-member';
import { evaluateReadiness } from '../domain/readiness';
import { statusChanges } from '../domain/status';
import { mayManageArea } from './area-access';
import type { Context } from '../loaders';
import { trialStepsOf } from './trial-steps';
import { maySeeContacts } from './working-group';

/** The nested parts of an area, each through a dataloader: one statement per batch of areas. */
@Resolver(() => Area)
export class AreaFields {
  @FieldResolver(() => [Municipality], { description: 'The municipalities the area covers, by Finnish name' })
  municipalities(@Root() area: Area, @Ctx() { loaders }: Context): Promise<Municipality[]> {
    return loaders.municipalitiesByArea.load(area.id);
  }

  @FieldResolver(() => [TrialStep], { description: "The trial's ten steps, in order, with what the area has recorded" })
  async trialSteps(@Root() area: Area, @Ctx() { loaders }: Context): Promise<TrialStep[]> {
    return trialStepsOf(area.id, await loaders.trialStepsByArea.load(area.id));
  }

  @FieldResolver(() => [WorkingGroupMember], { description: 'The local working group (contact details only for its coordinators and national admins)' })
  workingGroup(@Root() area: Area, @Ctx() { loaders }: Context): Promise<WorkingGroupMember[]> {
    return loaders.membersByArea.load(area.id);
  }

  @FieldResolver(() => CooperationAgreement, { nullable: true, description: 'Null until the agreement is recorded' })
  cooperationAgreement(@Root() area: Area): CooperationAgreement | null {
    if (!area.agreementSignedOn || !area.agreementValidFrom || !area.agreementDocument) return null;
    return {
      signedOn: area.agreementSignedOn,
      validFrom: area.agreementValidFrom,
      validUntil: area.agreementValidUntil,
      documentReference: area.agreementDocument,
    };
  }

  @FieldResolver(() => ActivationOverride, { nullable: true, description: 'The latest activation before the ten steps were complete, if any' })
  activationOverride(@Root() area: Area, @Ctx() { loaders }: Context): Promise<ActivationOverride | null> {
    return loaders.activationOverrideByArea.load(area.id);
  }

  @FieldResolver(() => AreaReadiness, {
    description: "The programme's conditions, each passed or not with a reason in the caller's language (partners from the partners event log)",
  })
  async readiness(@Root() area: Area, @Ctx() { loaders, language }: Context): Promise<AreaReadiness> {
    const [members, partners, steps] = await Promise.all([
      loaders.membersByArea.load(area.id),
      loaders.partnerFactsByArea.load(area.id),
      loaders.trialStepsByArea.load(area.id),
    ]);
    return evaluateReadiness({ status: area.status, members, partners, steps }, language);
  }

  @FieldResolver(() => [AreaStatusChange], {
    description: "Every other status, each with whether the caller may move the area there now and why not (the rules of changeAreaStatus)",
  })
  async statusChanges(@Root() area: Area, @Ctx() { loaders, language, caller }: Context): Promise<AreaStatusChange[]> {
    const who = hasRole(caller, 'NATIONAL_ADMIN') ? 'admin' : mayManageArea(caller, area.code) ? 'coordinator' : 'other';
    const completed = (await loaders.trialStepsByArea.load(area.id)).filter((step) => step.completedOn).length;
    return statusChanges(area.status, completed, who, language);
  }
}

@Resolver(() => ActivationOverride)
export class ActivationOverrideFields {
  @FieldResolver(() => String, { nullable: true, description: 'Who overrode (the admin\'s user id); only for those who see contact details' })
  async overriddenBy(@Root() override: ActivationOverride, @Ctx() { caller, loaders }: Context): Promise<string | null> {
    return (await maySeeContacts(caller, override.areaId, loaders)) ? override.overriddenBy : null;
  }
}
