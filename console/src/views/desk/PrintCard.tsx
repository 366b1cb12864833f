import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import QRCode from 'qrcode';
import type { DeskCardFragment } from '../../gql/graphql';

export type PrintLayout = 'card' | 'a4';

/** d.m.yyyy: the card is bilingual, and Finnish and Swedish in Finland both write dates so. */
function printedDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return `${day}.${month}.${year}`;
}

/** The QR of the card's signed payload as an SVG data URL (img-src allows data:), made here. */
function useQr(payload: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setUrl(null);
    void QRCode.toString(payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then((svg) => {
      if (live) setUrl(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => { live = false; };
  }, [payload]);
  return url;
}

/**
 * The printed card at ID-1 size (85.6 x 54 mm), in Finnish and Swedish whatever the screen's
 * language: the holder shows it in either. On screen it is a preview at real size; in print
 * media it is all that shows (desk.css), on a card-sized page or an A4 page with cut marks.
 */
export function PrintCard({ card, layout }: { card: DeskCardFragment; layout: PrintLayout }) {
  const { t, i18n } = useTranslation();
  const fi = i18n.getFixedT('fi');
  const sv = i18n.getFixedT('sv');
  const qr = useQr(card.qrPayload);
  const both = (key: string) => `${fi(key)} / ${sv(key)}`;
  const area = card.homeArea.name.sv && card.homeArea.name.sv !== card.homeArea.name.fi ? `${card.homeArea.name.fi} / ${card.homeArea.name.sv}` : card.homeArea.name.fi;
  const directory = `${location.host}/directory`;
  return (
    <div className={`print-sheet ${layout}`} data-ready={qr ? 'true' : 'false'}>
      <div className="cut-frame">
        <article className="card-face" aria-label={t('desk.print.cardLabel', { number: card.number })}>
          <div className="card-text">
            <p className="card-brand">{fi('desk.print.brand')}</p>
            <p className="card-number">{card.number}</p>
            <dl>
              <dt>{both('desk.print.validUntil')}</dt>
              <dd>{printedDate(card.validUntil)}</dd>
              {card.kind === 'COMMUNITY' ? (
                <>
                  <dt>{both('desk.print.group')}</dt>
                  <dd>{card.groupSizeLimit}</dd>
                </>
              ) : (
                <>
                  <dt>{both('desk.print.children')}</dt>
                  <dd>{card.children}</dd>
                </>
              )}
              <dt>{both('desk.print.area')}</dt>
              <dd>{area}</dd>
            </dl>
          </div>
          {qr && <img className="card-qr" src={qr} alt={t('desk.print.qrAlt', { number: card.number })} />}
          <p className="card-directory">{both('desk.print.directory')}: {directory}</p>
        </article>
      </div>
      {layout === 'a4' && <p className="cut-hint">{t('desk.print.cutHint')}</p>}
    </div>
  );
}
