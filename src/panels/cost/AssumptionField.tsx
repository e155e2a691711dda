/** One editable assumption of the estimate: a number of 0 or more, committed when it is one. */
import { useEffect, useId, useState } from 'react';
import { cents } from '../../engine/cost/estimate.ts';

export const usd = (value: number): string => `$${cents(value).toFixed(2)}`;

interface Props {
  readonly label: string;
  readonly value: number;
  readonly max?: number;
  readonly step?: number;
  readonly onCommit: (value: number) => void;
}

export function AssumptionField({ label, value, max, step = 1, onCommit }: Props) {
  const id = useId();
  const [text, setText] = useState(String(value));
  useEffect(() => setText(String(value)), [value]);
  const number = Number(text);
  const valid = text.trim() !== '' && Number.isFinite(number) && number >= 0 && (max === undefined || number <= max);
  return (
    <div className="cost-assumption">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={0}
        max={max}
        step={step}
        value={text}
        aria-invalid={!valid}
        onChange={(e) => {
          setText(e.target.value);
          const next = Number(e.target.value);
          if (e.target.value.trim() !== '' && Number.isFinite(next) && next >= 0 && (max === undefined || next <= max)) onCommit(next);
        }}
      />
      {!valid && <span className="field-error" role="alert">{label}: a number from 0{max !== undefined ? ` to ${max}` : ''}.</span>}
    </div>
  );
}
