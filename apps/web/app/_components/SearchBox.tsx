"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { SuggestResponse } from "../../lib/suggest";

const DEBOUNCE_MS = 180;

/**
 * A search form that suggests as you type: requests wait for a pause in typing and a newer one
 * cancels the older (AbortController). Suggestions are a combobox listbox (arrows, Enter, Escape).
 * Without JavaScript it is the plain GET form it renders as.
 */
export function SearchBox({
  id,
  placeholder,
  defaultValue = "",
  size = "small",
  label,
}: {
  id: string;
  placeholder: string;
  defaultValue?: string;
  size?: "small" | "big";
  label: string;
}) {
  const [value, setValue] = useState(defaultValue);
  const [data, setData] = useState<SuggestResponse | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const controller = useRef<AbortController | null>(null);
  const items = data?.groups.flatMap((g) => g.items) ?? [];

  useEffect(() => {
    const q = value.trim();
    if (q.length < 2) {
      controller.current?.abort();
      return;
    }
    const suggest = async () => {
      controller.current?.abort();
      const mine = new AbortController();
      controller.current = mine;
      try {
        const response = await fetch(`/api/suggest?q=${encodeURIComponent(q)}`, { signal: mine.signal });
        if (!response.ok) return;
        const body = (await response.json()) as SuggestResponse;
        if (!mine.signal.aborted) {
          setData(body);
          setActive(-1);
        }
      } catch {
        // Aborted by a newer keystroke, or offline: keep what is shown.
      }
    };
    // suggest() catches its own failures.
    const timer = setTimeout(() => void suggest(), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [value]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" && items.length) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % items.length);
    } else if (event.key === "ArrowUp" && items.length) {
      event.preventDefault();
      setActive((i) => (i <= 0 ? items.length - 1 : i - 1));
    } else if (event.key === "Enter" && open && active >= 0 && items[active]) {
      event.preventDefault();
      window.location.assign(items[active].href);
    } else if (event.key === "Escape") {
      setOpen(false);
      setActive(-1);
    }
  };

  const expanded = open && items.length > 0;
  let index = -1;
  return (
    <form method="get" action="/search" role="search" className={size === "big" ? "search-big search-box" : "header-search search-box"}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        value={value}
        placeholder={placeholder}
        autoComplete="off"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        onChange={(e) => {
          setValue(e.target.value);
          // Too short to suggest for: drop the old suggestions now (the effect cancels a request in flight).
          if (e.target.value.trim().length < 2) setData(null);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      <button type="submit">Search</button>
      <div id={listId} role="listbox" aria-label="Suggestions" className="suggestions" hidden={!expanded}>
        {data?.fuzzy ? <p className="small muted suggest-note">No exact match; closest names:</p> : null}
        {data?.groups.map((group) => (
          <div key={group.title} role="group" aria-label={group.title}>
            <p className="suggest-group" aria-hidden="true">
              {group.title}
            </p>
            {group.items.map((item) => {
              index += 1;
              const i = index;
              return (
                <a
                  key={item.href}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === active}
                  href={item.href}
                  className={i === active ? "suggestion active" : "suggestion"}
                  onMouseDown={(e) => e.preventDefault()}
                >
                  <span>{item.label}</span>
                  {item.detail ? <span className="small muted"> {item.detail}</span> : null}
                </a>
              );
            })}
          </div>
        ))}
      </div>
    </form>
  );
}
