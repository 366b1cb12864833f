import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What areas knows of a partner, kept from the partners event log (docs/events.md). */
@Entity({ name: 'partner_facts' })
export class PartnerFact {
  @PrimaryColumn({ type: 'uuid' })
  partnerId: string;

  @Column({ type: 'uuid' })
  areaId: string;

  @Column({ type: 'text', array: true })
  roles: string[];

  @Column({ type: 'text' })
  sector: string;

  @Column({ type: 'boolean' })
  active: boolean;

  @Column({ type: 'boolean' })
  agreementSigned: boolean;
}
