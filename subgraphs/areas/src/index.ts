import { defineSubgraph } from '@kaiku/subgraph-kit';
import { ActivationOverride } from './entities/activation-override';
import { Area } from './entities/area';
import { Municipality } from './entities/municipality';
import { PartnerFact } from './entities/partner-fact';
import { TrialStepRecord } from './entities/trial-step';
import { WorkingGroupMember } from './entities/working-group-member';
import { createLoaders, type Context } from './loaders';
import { CreateAreas1764050000000 } from './migrations/1764050000000-create-areas';
import { AreaDomain1764100000000 } from './migrations/1764100000000-area-domain';
import { followPartners } from './partner-follower';
import { ActivationOverrideFields, AreaFields } from './resolvers/area-fields';
import { AreaMutations } from './resolvers/area-mutations';
import { AreaQueries } from './resolvers/area-queries';
import { MunicipalityResolver } from './resolvers/municipality-fields';
import { TrialStepResolver } from './resolvers/trial-steps';
import { WorkingGroupResolver } from './resolvers/working-group';
import { seedAreas } from './seed';

/** The areas subgraph: the network's areas, their trial and their working groups. */
export default defineSubgraph({
  name: 'areas',
  schema: 'areas',
  port: 4001,
  entities: [Area, Municipality, WorkingGroupMember, TrialStepRecord, ActivationOverride, PartnerFact],
  resolvers: [AreaQueries, AreaFields, AreaMutations, TrialStepResolver, WorkingGroupResolver, MunicipalityResolver, ActivationOverrideFields],
  references: {
    Area: (reference, context: Context) => context.loaders.areaById.load(String(reference.id)),
  },
  migrations: [CreateAreas1764050000000, AreaDomain1764100000000],
  workers: [followPartners],
  loaders: createLoaders,
  seed: seedAreas,
});
