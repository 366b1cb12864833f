import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { GraphError, OfflineError } from '../../graph/client';

/** Field errors of one form, keyed by the form's own field names. */
export type Errors = Record<string, string>;

/**
 * A form's state: its field errors, a message for the whole form, and a busy flag. `run` sends
 * one change; a graph error that names a field lands next to that field in the person's
 * language (the graph's own English message is never shown), anything else above the button.
 */
export function useForm(fieldOf: Record<string, string> = {}, shownAt: (field: string) => boolean = () => true) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (checked: Errors, send: () => Promise<unknown>): Promise<boolean> => {
    setErrors(checked);
    setFormError(Object.keys(checked).length ? t('area.form.fixFields') : null);
    if (Object.keys(checked).length) return false;
    setBusy(true);
    try {
      await send();
      return true;
    } catch (error) {
      const answer = fromGraph(error, t, fieldOf);
      const [field] = Object.keys(answer.errors);
      // A field the form cannot point at (the graph names no row of a list): say it above the button.
      if (field && !shownAt(field)) {
        setErrors({});
        setFormError(answer.errors[field]);
      } else {
        setErrors(answer.errors);
        setFormError(answer.formError);
      }
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { errors, formError, busy, run, setErrors };
}

/** `name.fi`, `input.name.fi`, `contacts.0.email` → the form field it belongs to. */
function formField(graphField: string, fieldOf: Record<string, string>): string {
  const bare = graphField.replace(/^input\./, '');
  return fieldOf[bare] ?? bare;
}

export function fromGraph(error: unknown, t: TFunction, fieldOf: Record<string, string>): { errors: Errors; formError: string | null } {
  if (error instanceof OfflineError) return { errors: {}, formError: t('common.offline') };
  if (!(error instanceof GraphError)) return { errors: {}, formError: t('errors.INTERNAL_SERVER_ERROR') };
  if (error.field && (error.code === 'BAD_USER_INPUT' || error.code === 'NOT_FOUND' || error.code === 'CONFLICT')) {
    const field = formField(error.field, fieldOf);
    // The field's own message, else the message of its last part (contacts.0.email → email).
    const generic = t(`errors.${error.code}`);
    const last = field.split('.').pop()!;
    const message = t(`area.invalid.${field.replace(/\./g, '_')}`, { defaultValue: t(`area.invalid.${last}`, { defaultValue: generic }) });
    return { errors: { [field]: message }, formError: t('area.form.fixFields') };
  }
  return { errors: {}, formError: t(`errors.${error.code}`, { defaultValue: t('errors.INTERNAL_SERVER_ERROR') }) };
}

interface FieldProps {
  label: string;
  error?: string;
  hint?: string;
  optional?: boolean;
}

/** Label, hint, the control and its error, tied together for screen readers. */
function FieldFrame({ label, error, hint, optional, id, children }: FieldProps & { id: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>
        {label}
        {optional && <span className="optional"> {t('area.form.optional')}</span>}
      </label>
      {hint && <span id={`${id}-hint`} className="hint">{hint}</span>}
      {children}
      {error && <span id={`${id}-error`} className="field-error">{error}</span>}
    </div>
  );
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

export function TextField({ value, onChange, type = 'text', multiline, autoComplete, inputMode, ...props }: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'email' | 'tel' | 'url' | 'number';
  multiline?: boolean;
  autoComplete?: string;
  inputMode?: 'numeric' | 'decimal' | 'text';
}) {
  const id = useId();
  const common = {
    id,
    value,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy(id, props.hint, props.error),
  };
  return (
    <FieldFrame {...props} id={id}>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type={type} autoComplete={autoComplete ?? 'off'} inputMode={inputMode} onChange={(event) => onChange(event.target.value)} />
      )}
    </FieldFrame>
  );
}

export function SelectField({ value, onChange, options, ...props }: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
}) {
  const id = useId();
  return (
    <FieldFrame {...props} id={id}>
      <select id={id} value={value} aria-invalid={props.error ? true : undefined} aria-describedby={describedBy(id, props.hint, props.error)} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
    </FieldFrame>
  );
}

/** Several choices under one legend (checkboxes), or one of them (radios). */
export function ChoiceField({ legend, error, options, chosen, onChange, single, columns }: {
  legend: string;
  /** Two columns on a wide screen, for long lists. */
  columns?: boolean;
  error?: string;
  options: { value: string; label: string }[];
  chosen: string[];
  onChange: (chosen: string[]) => void;
  single?: boolean;
}) {
  const id = useId();
  return (
    <fieldset className={['choices', columns && 'columns', error && 'has-error'].filter(Boolean).join(' ')} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="check-field">
          <input
            type={single ? 'radio' : 'checkbox'}
            name={id}
            checked={chosen.includes(option.value)}
            aria-invalid={error ? true : undefined}
            onChange={(event) => onChange(single ? [option.value] : event.target.checked ? [...chosen, option.value] : chosen.filter((value) => value !== option.value))}
          />
          <span>{option.label}</span>
        </label>
      ))}
      {error && <span id={`${id}-error`} className="field-error">{error}</span>}
    </fieldset>
  );
}

/** The message for the whole form, read out when it appears. */
export function FormError({ message }: { message: string | null }) {
  return message ? <p role="alert" className="error">{message}</p> : null;
}

/** Today in Finland, as the graph counts days. */
export function todayInFinland(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date());
}

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const PHONE = /^\+?[0-9 ()-]{5,40}$/;
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A form opened by a button takes the focus to its first field (the button is gone). */
export function useFocusOnOpen(ready = true) {
  const ref = useRef<HTMLFormElement>(null);
  const focused = useRef(false);
  useEffect(() => {
    // Once its fields are there (a list of choices may still be loading).
    const field = ready && !focused.current ? ref.current?.querySelector<HTMLElement>('input, select, textarea') : null;
    if (field) {
      field.focus();
      focused.current = true;
    }
  }, [ready]);
  return ref;
}
