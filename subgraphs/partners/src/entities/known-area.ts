import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What partners knows of an area, learnt from the areas event log (never from areas' tables):
 * enough to filter the directory by area code and to hide areas outside the network.
 */
@Entity({ name: 'known_areas' })
export class KnownArea {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  status: string;

  @Column({ type: 'boolean' })
  localOnly: boolean;
}
