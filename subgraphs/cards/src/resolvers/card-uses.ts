import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { canActForPartner, type Caller } from '@kaiku/identity';
import { publishEvents } from '@kaiku/events';
import { ConflictError, ForbiddenError, NotFoundError, isUuid } from '@kaiku/subgraph-kit';
import { Card } from '../entities/card';
import { CardUse } from '../entities/card-use';
import { cardUseEvent } from '../domain/events';
import { capOn } from '../domain/offer-cap';
import { OfferFact, PartnerFact } from '../entities/facts';
import { recordUse } from '../domain/use-recording';
import { accessEntry, logCardAccess } from '../domain/access-log';
import type { Context } from '../loaders';
import { ImportCardUsesInput, ImportReport, RegisterCardUseInput } from './use-inputs';

function assertVenueStaff(caller: Caller, partnerId: string): void {
  if (!canActForPartner(caller, 'PARTNER_STAFF', partnerId)) throw new ForbiddenError('Only staff of this venue can record its uses');
}

@Resolver(() => CardUse)
export class CardUses {
  @Authorized('PARTNER_STAFF')
  @Mutation(() => CardUse, { description: 'Records a use; the same idempotencyKey again returns the first result' })
  async registerCardUse(@Arg('input', () => RegisterCardUseInput) input: RegisterCardUseInput, @Ctx() context: Context): Promise<CardUse> {
    assertVenueStaff(context.caller, input.partnerId);
    // A replay is logged too: every call read the card's use.
    const { use } = await recordUse(context.dataSource, input, accessEntry(context, 'RECORD_USE'), true);
    return use;
  }

  @Authorized('PARTNER_STAFF')
  @Mutation(() => CardUse, { description: 'Cancels a use recorded by mistake; statistics drop it' })
  async cancelCardUse(@Arg('useId', () => ID) useId: string, @Ctx() context: Context): Promise<CardUse> {
    const { dataSource, caller } = context;
    return dataSource.transaction(async (manager) => {
      const use = isUuid(useId) ? await manager.findOne(CardUse, { where: { id: useId }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!use) throw new NotFoundError('Card use', 'useId');
      assertVenueStaff(caller, use.partnerId);
      if (use.cancelledAt) throw new ConflictError('useId: the use is already cancelled', 'useId');
      use.cancelledAt = new Date();
      await manager.update(CardUse, { id: use.id }, { cancelledAt: use.cancelledAt });
      if (use.offerId) {
        const offer = await manager.findOne(OfferFact, { where: { offerId: use.offerId } });
        if (offer) {
          await manager.query('UPDATE cards.offer_usage SET used = greatest(used - $3, 0) WHERE offer_id = $1 AND bucket = $2', [
            offer.offerId,
            capOn(offer, use.usedOn).key,
            use.adultTickets + use.childTickets + use.coursePlaces,
          ]);
        }
      }
      const card = await manager.findOneOrFail(Card, { where: { id: use.cardId } });
      const venue = await manager.findOne(PartnerFact, { where: { partnerId: use.partnerId } });
      await publishEvents(manager, 'cards', [cardUseEvent('CardUseCancelled', use, card, venue?.sector)]);
      await logCardAccess(manager, context, 'CANCEL_USE', card.id);
      return use;
    });
  }

  @Authorized('PARTNER_STAFF')
  @Mutation(() => ImportReport, {
    description: 'Enters uses from paper or a spreadsheet. Each row is checked like a single use; importing the same rows again records nothing twice.',
  })
  async importCardUses(@Arg('input', () => ImportCardUsesInput) input: ImportCardUsesInput, @Ctx() context: Context): Promise<ImportReport> {
    const { dataSource, caller } = context;
    assertVenueStaff(caller, input.partnerId);
    const report: ImportReport = { accepted: 0, alreadyRecorded: 0, rejected: [], uses: [] };
    const seen = new Map<string, number>();
    const firstRow = input.firstRowNumber ?? 1;
    for (const [index, row] of input.rows.entries()) {
      // A row's key is its content (and how many identical rows came before it in the file),
      // so a second import of the same file finds every row already recorded.
      const content = JSON.stringify([row.cardNumber.toUpperCase().replace(/[\s-]/g, ''), row.usedOn, row.category, row.adultTickets, row.childTickets ?? 0, row.coursePlaces ?? 0, row.offerId ?? '']);
      const occurrence = (seen.get(content) ?? 0) + 1;
      seen.set(content, occurrence);
      const idempotencyKey = `import:${createHash('sha256').update(`${content}#${occurrence}`).digest('base64url')}`;
      try {
        // A row already recorded by an earlier import is not logged again.
        const { use, replayed } = await recordUse(dataSource, { ...row, partnerId: input.partnerId, idempotencyKey }, accessEntry(context, 'IMPORT_USES'), false);
        if (replayed) report.alreadyRecorded += 1;
        else report.accepted += 1;
        report.uses.push(use);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        report.rejected.push({
          row: firstRow + index,
          field: (error.extensions.field as string | undefined) ?? null,
          code: String(error.extensions.code ?? 'BAD_USER_INPUT'),
          reason: error.message,
        });
      }
    }
    return report;
  }
}
