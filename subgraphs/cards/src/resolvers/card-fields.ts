import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Card, CardStatus } from '../entities/card';
import { AreaRef, PartnerRef } from '../entities/refs';
import { cardStatus } from '../domain/card-status';
import { formatCardNumber } from '../domain/card-number';
import { qrPayload } from '../domain/qr';

@Resolver(() => Card)
export class CardFields {
  @FieldResolver(() => String, { description: 'The card number as printed, XXXX-XXXX-XXX' })
  number(@Root() card: Card): string {
    return formatCardNumber(card.number);
  }

  @FieldResolver(() => String, { description: 'What the QR code on the card encodes: the number and a check the platform can verify' })
  qrPayload(@Root() card: Card): string {
    return qrPayload(card.number);
  }

  @FieldResolver(() => CardStatus)
  status(@Root() card: Card): CardStatus {
    return cardStatus(card);
  }

  @FieldResolver(() => AreaRef)
  homeArea(@Root() card: Card): AreaRef {
    return { id: card.homeAreaId };
  }

  @FieldResolver(() => PartnerRef, { description: 'The issuing unit' })
  issuedBy(@Root() card: Card): PartnerRef {
    return { id: card.issuedByPartnerId };
  }
}
