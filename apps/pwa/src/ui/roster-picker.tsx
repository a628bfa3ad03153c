import { maskIdNumber } from '@jixiao/domain';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { RosterRow } from '../offline/local-database.ts';
import { searchRoster } from '../offline/roster-search.ts';
import { BENEFICIARY_STATUS_LABELS } from './labels.ts';

export interface RosterPickerProps {
  people: readonly RosterRow[];
  /** Names of villages by code, shown on each row. */
  villageNames: ReadonlyMap<string, string>;
  onPick: (person: RosterRow) => void;
  /** Ids of people already verified on this phone this year, marked in the list. */
  verifiedIds?: ReadonlySet<string>;
  /** How many rows to show at most. */
  limit?: number;
  label?: string;
}

/**
 * 人员检索 — a search box over the roster and the best matches as big rows. ID numbers are
 * masked in the list (the form shows the full number of the person picked).
 */
export function RosterPicker(props: RosterPickerProps) {
  const { people, villageNames, onPick, verifiedIds, limit = 30 } = props;
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const results = useMemo(
    () => searchRoster(people, deferredQuery, limit),
    [people, deferredQuery, limit],
  );
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  return (
    <div className="roster-picker">
      <div className="field">
        <label htmlFor={inputId}>{props.label ?? '查找人员'}</label>
        <input
          id={inputId}
          type="search"
          inputMode="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          aria-describedby={hintId}
          autoComplete="off"
          spellCheck={false}
        />
        <p id={hintId} className="hint">
          姓名、拼音首字母（如 amt）或身份证号后几位
        </p>
      </div>
      <p className="result-count" role="status">
        {deferredQuery.trim() === ''
          ? `共 ${people.length} 人`
          : `找到 ${results.length === limit ? `${limit}+` : results.length} 人`}
      </p>
      <ul className="person-list">
        {results.map((person) => (
          <li key={person.id}>
            <button type="button" className="person-row" onClick={() => onPick(person)}>
              <span className="person-name">
                {person.name}
                {verifiedIds?.has(person.id) ? <span className="tag done">已核实</span> : null}
                {person.status === 'ACTIVE' ? null : (
                  <span className="tag warning">{BENEFICIARY_STATUS_LABELS[person.status]}</span>
                )}
              </span>
              <span className="person-detail">
                {person.masked ? person.idNumber : maskIdNumber(person.idNumber)}
                {person.villageCode === null
                  ? ''
                  : ` · ${villageNames.get(person.villageCode) ?? person.villageCode}`}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
