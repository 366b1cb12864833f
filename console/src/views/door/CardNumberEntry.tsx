import { useCallback, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, TextInput } from 'suomifi-ui-components';
import { cardNumberProblem, isQrPayload, normaliseCardNumber } from './card-number';
import { ScanQr } from './ScanQr';

interface Props {
  /** Whose messages: `<messages>.cardNumber`, `.cardNumberHint`, `.scan`, `.numberProblem.*`. */
  messages: 'door' | 'myCard';
  submitLabel: string;
  busy: boolean;
  /** What the graph said about the number, shown at the field like a typing mistake. */
  problem: string | null;
  /** A number (or a scanned or pasted QR payload, as it is: the graph checks its seal) worth asking about. */
  onNumber: (number: string) => void;
  /** A typed number that is wrong before sending: the field already says why. */
  onInvalid?: () => void;
}

/**
 * The card number, typed or scanned: the door's check and the holder's own page share it, so
 * a number is read, normalised and refused before sending the same way in both.
 */
export function CardNumberEntry({ messages, submitLabel, busy, problem, onNumber, onInvalid }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [scanning, setScanning] = useState(false);
  const [typingProblem, setTypingProblem] = useState<string | null>(null);

  const send = (raw: string) => {
    const qr = isQrPayload(raw);
    const number = qr ? raw.trim() : normaliseCardNumber(raw);
    const found = qr ? null : cardNumberProblem(number);
    setTypingProblem(found ? t(`${messages}.numberProblem.${found}`) : null);
    if (found) onInvalid?.();
    else onNumber(number);
  };
  // The scanner keeps its callback for its whole life: it reaches the latest send through a ref.
  const latestSend = useRef(send);
  latestSend.current = send;
  const scanned = useCallback((payload: string) => {
    setScanning(false);
    latestSend.current(payload);
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(typed);
  };

  const shown = typingProblem ?? problem;
  return (
    <>
      <form className="check" onSubmit={submit} noValidate>
        <TextInput
          labelText={t(`${messages}.cardNumber`)}
          hintText={t(`${messages}.cardNumberHint`)}
          value={typed}
          onChange={(value) => setTyped(String(value ?? ''))}
          status={shown ? 'error' : 'default'}
          statusText={shown ?? undefined}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          fullWidth
        />
        <Button type="submit" disabled={busy}>{submitLabel}</Button>
        {!scanning && <Button type="button" variant="secondary" onClick={() => setScanning(true)}>{t(`${messages}.scan`)}</Button>}
      </form>
      {scanning && <ScanQr onScanned={scanned} onClose={() => setScanning(false)} />}
    </>
  );
}
