/**
 * A searchable choice of resource by name (or id, or kind), with a button that picks it by
 * clicking a node on the canvas. A destination may also be typed as an IPv4 address or
 * `internet`.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';

export interface ComboOption {
  readonly id: string;
  readonly name: string;
  /** The kind, in words. */
  readonly detail: string;
}

interface Props {
  readonly label: string;
  readonly value: string;
  readonly options: readonly ComboOption[];
  readonly onChange: (value: string) => void;
  readonly picking: boolean;
  readonly onPick: (on: boolean) => void;
  /** Accept a typed IPv4 address or `internet` that matches no option. */
  readonly allowAddress?: boolean;
}

const MAX_SHOWN = 60;
const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

export function ResourceCombo({ label, value, options, onChange, picking, onPick, allowAddress = false }: Props) {
  const id = useId();
  const [query, setQuery] = useState<string | undefined>(undefined);
  const [active, setActive] = useState(0);
  const chosen = options.find((o) => o.id === value);
  const shownText = chosen ? chosen.name || chosen.id : value;
  const open = query !== undefined;

  const matches = useMemo(() => {
    if (query === undefined) return [];
    const q = query.trim().toLowerCase();
    const hits = q === '' ? options : options.filter((o) => o.name.toLowerCase().includes(q) || o.id.toLowerCase().includes(q) || o.detail.toLowerCase().includes(q));
    return hits.slice(0, MAX_SHOWN);
  }, [options, query]);
  const typedAddress = allowAddress && query !== undefined && (IPV4.test(query.trim()) || query.trim().toLowerCase() === 'internet') ? query.trim().toLowerCase() : undefined;

  const choose = (next: string) => {
    setQuery(undefined);
    onChange(next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setQuery((q) => q ?? '');
      setActive((i) => Math.min(i + 1, Math.max(matches.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (typedAddress && !matches.some((m) => m.id === typedAddress)) choose(typedAddress);
      else if (matches[active]) choose(matches[active].id);
    } else if (event.key === 'Escape') {
      setQuery(undefined);
    }
  };

  return (
    <div className="trace-field">
      <label htmlFor={id}>{label}</label>
      <div className="trace-field-row">
        <div className="combo">
          <input
            id={id}
            role="combobox"
            aria-expanded={open}
            aria-controls={`${id}-list`}
            aria-autocomplete="list"
            {...(open && matches[active] ? { 'aria-activedescendant': `${id}-${active}` } : {})}
            value={open ? query : shownText}
            placeholder={allowAddress ? 'Search by name, or type an IP or internet' : 'Search by name'}
            spellCheck={false}
            onFocus={(e) => {
              setQuery('');
              setActive(0);
              e.currentTarget.select();
            }}
            onBlur={() => setQuery(undefined)}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
          {open && (
            <ul className="combo-list" role="listbox" id={`${id}-list`} aria-label={label}>
              {typedAddress && (
                <li role="option" aria-selected={false} className="combo-option" onMouseDown={(e) => e.preventDefault()} onClick={() => choose(typedAddress)}>
                  <span className="combo-name">{typedAddress}</span>
                  <span className="combo-detail">{typedAddress === 'internet' ? 'the internet' : 'address'}</span>
                </li>
              )}
              {matches.map((option, i) => (
                <li
                  key={option.id}
                  id={`${id}-${i}`}
                  role="option"
                  aria-selected={i === active}
                  className={`combo-option${i === active ? ' is-active' : ''}`}
                  data-value={option.id}
                  onMouseDown={(e) => e.preventDefault()}
                  onMouseEnter={() => setActive(i)}
                  onClick={() => choose(option.id)}
                >
                  <span className="combo-name">{option.name || option.id}</span>
                  <span className="combo-detail">
                    {option.detail} · {option.id}
                  </span>
                </li>
              ))}
              {matches.length === 0 && !typedAddress && <li className="combo-empty muted">Nothing matches.</li>}
            </ul>
          )}
        </div>
        <button
          type="button"
          className={`pick-button${picking ? ' is-picking' : ''}`}
          aria-pressed={picking}
          aria-label={`Pick ${label.toLowerCase()} on the canvas`}
          title={picking ? 'Click a node on the canvas (Escape stops)' : 'Pick on the canvas'}
          onClick={() => onPick(!picking)}
        >
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6">
            <circle cx="8" cy="8" r="4.5" />
            <path d="M8 0.5v4M8 11.5v4M0.5 8h4M11.5 8h4" />
          </svg>
        </button>
      </div>
      {picking && <p className="trace-hint">Click a node on the canvas for the {label.toLowerCase()}. Escape stops.</p>}
    </div>
  );
}
