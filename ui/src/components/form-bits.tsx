import { ReactNode, useState } from 'react';

/** A result line under a form: confirmation or the API's error in words. */
export function FormResult({ ok, error }: { ok?: ReactNode; error?: string }) {
  return (
    <div aria-live="polite" className="form-result">
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : ok ? (
        <p className="notice notice-success" role="status">
          {ok}
        </p>
      ) : null}
    </div>
  );
}

/** Copies a value to the clipboard and says so; `context` completes the name for screen readers ("Copy URL" of what). */
export function CopyButton({ value, label, context }: { value: string; label: string; context?: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2500);
    } catch {
      setCopied(false);
    }
  };
  return (
    <button type="button" className="button" onClick={() => void copy()}>
      {copied ? 'Copied' : label}
      {context && <span className="visually-hidden"> {context}</span>}
      <span className="visually-hidden" aria-live="polite">
        {copied ? ' — copied to the clipboard' : ''}
      </span>
    </button>
  );
}

/** A group of checkboxes for choosing several values (roles, scopes, member organizations). */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  value,
  onChange,
  labelOf = (v) => v,
}: {
  legend: string;
  options: T[];
  value: T[];
  onChange(v: T[]): void;
  labelOf?(v: T): string;
}) {
  return (
    <fieldset className="checkbox-group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="inline-check">
          <input
            type="checkbox"
            checked={value.includes(option)}
            onChange={(e) => onChange(e.target.checked ? [...value, option] : value.filter((v) => v !== option))}
          />{' '}
          {labelOf(option)}
        </label>
      ))}
    </fieldset>
  );
}

/** Several short values typed as one comma-separated text (STIX types, sectors, labels). */
export function ListField({ id, label, help, value, onChange }: { id: string; label: string; help: string; value: string[]; onChange(v: string[]): void }) {
  const [text, setText] = useState(value.join(', '));
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={text}
        aria-describedby={`${id}-help`}
        onChange={(e) => {
          setText(e.target.value);
          onChange([...new Set(e.target.value.split(',').map((v) => v.trim()).filter(Boolean))]);
        }}
      />
      <span id={`${id}-help`} className="help">{help}</span>
    </div>
  );
}
