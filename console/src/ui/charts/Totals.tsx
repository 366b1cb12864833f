import { CountText } from './CountText';
import type { Count } from './format';

export interface TotalItem {
  key: string;
  label: string;
  value: Count;
}

/** Key figures as a description list: the label read before its count. */
export function Totals({ items, suppressed }: { items: TotalItem[]; suppressed: string[] }) {
  return (
    <dl className="figure-totals">
      {items.map((item) => (
        <div key={item.key}>
          <dt>{item.label}</dt>
          <dd>
            <CountText value={item.value} suppressed={item.value === null && suppressed.includes(item.key)} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
