import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { hasRole, type Caller } from '@kaiku/identity';
import { NotFoundError, isUuid, newId } from '@kaiku/subgraph-kit';
import { WorkingGroupMember } from '../entities/working-group-member';
import type { Context, Loaders } from '../loaders';
import { publishAreaEvent } from '../snapshot';
import { areaForChange, mayManageArea, optionalText, requiredText } from './area-access';
import { UpdateWorkingGroupMemberInput, WorkingGroupMemberInput } from './area-inputs';

/**
 * Contact details of working-group members are for the national service and the area's own
 * coordinators; everyone else sees the names and organisations only.
 */
export async function maySeeContacts(caller: Caller, areaId: string, loaders: Loaders): Promise<boolean> {
  if (hasRole(caller, 'NATIONAL_ADMIN')) return true;
  if (!hasRole(caller, 'AREA_COORDINATOR')) return false;
  const area = await loaders.areaById.load(areaId);
  return area !== null && mayManageArea(caller, area.code);
}

async function memberForChange(manager: EntityManager, caller: Caller, id: string) {
  const member = isUuid(id) ? await manager.findOne(WorkingGroupMember, { where: { id } }) : null;
  if (!member) throw new NotFoundError('Working-group member', 'id');
  const area = await areaForChange(manager, caller, { id: member.areaId }, 'id');
  return { member, area };
}

@Resolver(() => WorkingGroupMember)
export class WorkingGroupResolver {
  @FieldResolver(() => String, { nullable: true, description: "Seen by national admins and the area's coordinators; null for others" })
  async email(@Root() member: WorkingGroupMember, @Ctx() { caller, loaders }: Context): Promise<string | null> {
    return (await maySeeContacts(caller, member.areaId, loaders)) ? member.email : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "Seen by national admins and the area's coordinators; null for others" })
  async phone(@Root() member: WorkingGroupMember, @Ctx() { caller, loaders }: Context): Promise<string | null> {
    return (await maySeeContacts(caller, member.areaId, loaders)) ? member.phone : null;
  }

  @Authorized('NATIONAL_ADMIN', 'AREA_COORDINATOR')
  @Mutation(() => WorkingGroupMember, { description: "Adds a member to an area's working group" })
  async addWorkingGroupMember(
    @Arg('areaCode', () => String) areaCode: string,
    @Arg('input', () => WorkingGroupMemberInput) input: WorkingGroupMemberInput,
    @Ctx() { dataSource, caller }: Context,
  ): Promise<WorkingGroupMember> {
    return dataSource.transaction(async (manager) => {
      const area = await areaForChange(manager, caller, { code: areaCode }, 'areaCode');
      const member = manager.create(WorkingGroupMember, {
        id: newId(),
        areaId: area.id,
        name: requiredText('name', input.name),
        organisation: requiredText('organisation', input.organisation),
        sector: input.sector,
        role: optionalText(input.role) ?? null,
        email: optionalText(input.email) ?? null,
        phone: optionalText(input.phone) ?? null,
      });
      await manager.insert(WorkingGroupMember, member);
      await publishAreaEvent(manager, 'AreaUpdated', area, { change: 'WORKING_GROUP' });
      return member;
    });
  }

  @Authorized('NATIONAL_ADMIN', 'AREA_COORDINATOR')
  @Mutation(() => WorkingGroupMember, { description: 'Changes a working-group member; fields left out stay as they are' })
  async updateWorkingGroupMember(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateWorkingGroupMemberInput) input: UpdateWorkingGroupMemberInput,
    @Ctx() { dataSource, caller }: Context,
  ): Promise<WorkingGroupMember> {
    return dataSource.transaction(async (manager) => {
      const { member, area } = await memberForChange(manager, caller, id);
      if (input.name !== undefined && input.name !== null) member.name = requiredText('name', input.name);
      if (input.organisation !== undefined && input.organisation !== null) member.organisation = requiredText('organisation', input.organisation);
      if (input.sector) member.sector = input.sector;
      for (const field of ['role', 'email', 'phone'] as const) {
        const value = optionalText(input[field]);
        if (value !== undefined) member[field] = value;
      }
      const { name, organisation, sector, role, email, phone } = member;
      await manager.update(WorkingGroupMember, { id: member.id }, { name, organisation, sector, role, email, phone });
      await publishAreaEvent(manager, 'AreaUpdated', area, { change: 'WORKING_GROUP' });
      return member;
    });
  }

  @Authorized('NATIONAL_ADMIN', 'AREA_COORDINATOR')
  @Mutation(() => WorkingGroupMember, { description: 'Removes a member from the working group; steps they answered for lose their responsible member' })
  async removeWorkingGroupMember(@Arg('id', () => ID) id: string, @Ctx() { dataSource, caller }: Context): Promise<WorkingGroupMember> {
    return dataSource.transaction(async (manager) => {
      const { member, area } = await memberForChange(manager, caller, id);
      await manager.delete(WorkingGroupMember, { id: member.id });
      await publishAreaEvent(manager, 'AreaUpdated', area, { change: 'WORKING_GROUP' });
      return member;
    });
  }
}
