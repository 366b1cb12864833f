import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from 'suomifi-ui-components';
import { query } from '../../graph/client';
import { DeskUnitDocument, type DeskCardFragment, type DeskUnitQuery } from '../../gql/graphql';
import { localized } from '../../ui/format';
import { useSession } from '../../ui/useSession';
import { CardList } from './CardList';
import { CardPanel } from './CardPanel';
import { CommunityCard } from './CommunityCard';
import { FindCard } from './FindCard';
import { IssueCard } from './IssueCard';
import './desk.css';

const TASKS = ['issue', 'find', 'list', 'renewals', 'community'] as const;
type Task = (typeof TASKS)[number];

/** The card desk (DISTRIBUTOR of an issuing unit): one task at a time, chosen from its menu. */
export default function Desk() {
  const { t } = useTranslation();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const units = [...new Set(session?.grants.filter((grant) => grant.role === 'DISTRIBUTOR' && grant.partnerId).map((grant) => grant.partnerId!))];
  const [unitId, setUnitId] = useState(units[0] ?? '');
  const [unit, setUnit] = useState<DeskUnitQuery['partner']>(null);
  const [current, setCurrent] = useState<{ card: DeskCardFragment; note?: string } | null>(null);
  const asked = params.get('task') as Task | null;
  const task: Task = asked && TASKS.includes(asked) ? asked : 'issue';

  useEffect(() => {
    if (!unitId) return;
    void query(DeskUnitDocument, { id: unitId }).then(({ partner }) => setUnit(partner)).catch(() => setUnit(null));
  }, [unitId]);
  // A new task starts clean: the card shown belongs to the task that found or made it.
  useEffect(() => setCurrent(null), [task, unitId]);

  if (!unitId) return <p>{t('desk.noUnit')}</p>;
  const show = (card: DeskCardFragment, note?: string) => setCurrent({ card, note });
  const open = (number: string) => setParams({ task: 'find', number });
  return (
    <section className="desk">
      <div className="desk-screen">
        <Heading variant="h1">{t('desk.title')}</Heading>
        {units.length > 1 ? (
          <label className="field">
            <span>{t('desk.unit')}</span>
            <select value={unitId} onChange={(event) => setUnitId(event.target.value)}>
              {units.map((id) => <option key={id} value={id}>{id === unit?.id ? localized(unit.name) : id}</option>)}
            </select>
          </label>
        ) : (
          unit && <p className="unit-name">{localized(unit.name)} · {localized(unit.area.name)}</p>
        )}
        <nav aria-label={t('desk.tasks')} className="desk-tasks">
          <ul>
            {TASKS.map((name) => (
              <li key={name}><Link to={`?task=${name}`} aria-current={name === task ? 'page' : undefined}>{t(`desk.task.${name}`)}</Link></li>
            ))}
          </ul>
        </nav>
      </div>
      {task === 'issue' && (current ? (
        <>
          <CardPanel card={current.card} note={current.note} onChanged={show} />
          <div className="desk-screen">
            <Button type="button" variant="secondary" onClick={() => setCurrent(null)}>{t('desk.issue.another')}</Button>
          </div>
        </>
      ) : <div className="desk-screen"><IssueCard distributorId={unitId} onIssued={(card) => show(card, t('desk.issue.done'))} /></div>)}
      {task === 'community' && (current ? (
        <CardPanel card={current.card} note={current.note} onChanged={show} />
      ) : <div className="desk-screen"><CommunityCard distributorId={unitId} onIssued={(card) => show(card, t('desk.community.done'))} /></div>)}
      {task === 'find' && (
        <>
          <div className="desk-screen"><FindCard key={params.get('number') ?? ''} initial={params.get('number') ?? undefined} onFound={(card) => show(card)} /></div>
          {current && <CardPanel card={current.card} note={current.note} onChanged={show} />}
        </>
      )}
      {(task === 'list' || task === 'renewals') && (
        <div className="desk-screen"><CardList key={task} distributorId={unitId} renewals={task === 'renewals'} onOpen={open} /></div>
      )}
    </section>
  );
}
