import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CapRule } from '../domain/places';

/** What cards knows of a partner, learnt from the partners event log (never its tables). */
@Entity({ name: 'partner_facts' })
export class PartnerFact {
  @PrimaryColumn({ type: 'uuid' })
  partnerId: string;

  @Column({ type: 'uuid' })
  areaId: string;

  @Column({ type: 'text', array: true })
  roles: string[];

  @Column({ type: 'boolean' })
  active: boolean;

  @Column({ type: 'text', nullable: true })
  principlesVersion: string | null;

  /** PUBLIC, PRIVATE or THIRD_SECTOR: statistics group uses by it. */
  @Column({ type: 'text' })
  sector: string;
}

/** What cards knows of an area, learnt from the areas event log. */
@Entity({ name: 'area_facts' })
export class AreaFact {
  @PrimaryColumn({ type: 'uuid' })
  areaId: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  status: string;

  @Column({ type: 'boolean' })
  localOnly: boolean;
}

/** An offer as cards needs it to hold its cap, learnt from OfferChanged events. */
@Entity({ name: 'offer_facts' })
export class OfferFact {
  @PrimaryColumn({ type: 'uuid' })
  offerId: string;

  @Column({ type: 'uuid' })
  partnerId: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text', nullable: true })
  category: string | null;

  @Column({ type: 'date', nullable: true })
  validFrom: string | null;

  @Column({ type: 'date', nullable: true })
  validUntil: string | null;

  /** Free places per bucket (day, or the whole validity period); null: no cap. */
  @Column({ type: 'int', nullable: true })
  capAmount: number | null;

  @Column({ type: 'text' })
  capBucket: 'DAY' | 'PERIOD';

  /** The cap as partners states it; null without a cap (or for a fact learnt before it was kept). */
  @Column({ type: 'jsonb', nullable: true })
  cap: CapRule | null;

  /** Seats of the offer's performances by day (YYYY-MM-DD), where the venue gave them. */
  @Column({ type: 'jsonb', default: {} })
  seatsByDay: Record<string, number>;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}

/** Per-area card rules; areas without a row use the national defaults. */
@Entity({ name: 'area_card_rules' })
export class AreaCardRules {
  @PrimaryColumn({ type: 'uuid' })
  areaId: string;

  @Column({ type: 'smallint' })
  validityMonths: number;

  @Column({ type: 'smallint' })
  backdateDays: number;
}
