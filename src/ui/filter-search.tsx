import { useMemo, useState } from 'react';
import {
  Button as AriaButton,
  ComboBox,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components';
import { findTitles, foldTitles, type FoldedTitle } from '../domain/search/find-titles';
import type { FilterProps } from './filter-bar';
import barStyles from './filter-bar.module.css';
import styles from './filter-search.module.css';

/** At most this many choices are listed at once, whatever the number of records. */
const FILTER_SEARCH_LIMIT = 50;

/** The folded titles of each list of options, so that many fields over one list fold it once. */
const foldedLists = new WeakMap<readonly { id: string; title: string }[], FoldedTitle[]>();

function foldedOnce(options: readonly { id: string; title: string }[]): FoldedTitle[] {
  const known = foldedLists.get(options);
  if (known) return known;
  const folded = foldTitles(options);
  foldedLists.set(options, folded);
  return folded;
}

/**
 * One filter of a FilterBar over many records (thousands of use cases): a combo box that lists
 * only the first few titles matching what is typed; an empty field means "any".
 */
export function FilterSearch({
  label,
  value,
  onChange,
  anyLabel,
  options,
  noneMatch,
  more,
  labelHidden = false,
  exclude,
}: FilterProps<{ id: string; title: string }> & {
  /** Said when nothing matches what is typed. */
  noneMatch: string;
  /** Said under a list cut at the limit: how many match in all. */
  more: (total: number) => string;
  /** The label is read by assistive technology only (a field in a table row). */
  labelHidden?: boolean;
  /** The id of a record never offered (a use case cannot need itself). */
  exclude?: string;
}) {
  const folded = useMemo(() => {
    const all = foldedOnce(options);
    return exclude === undefined ? all : all.filter((o) => o.id !== exclude);
  }, [options, exclude]);
  const chosen = folded.find((o) => o.id === value);
  const [query, setQuery] = useState(chosen?.title ?? '');
  // The field shows the chosen title: every choice is listed until the person types.
  const typed = chosen && query === chosen.title ? '' : query;
  const { found, total } = useMemo(
    () => findTitles(folded, typed, FILTER_SEARCH_LIMIT),
    [folded, typed],
  );
  // The chosen title stays in the list, so that the field can show it.
  const items = chosen && !found.includes(chosen) ? [chosen, ...found] : found;
  return (
    <ComboBox
      className={barStyles.filter}
      items={items}
      inputValue={query}
      onInputChange={(text) => {
        setQuery(text);
        if (text === '' && value !== '') onChange('');
      }}
      value={chosen ? chosen.id : null}
      onChange={(key) => {
        const next = folded.find((o) => o.id === key);
        setQuery(next?.title ?? '');
        onChange(next?.id ?? '');
      }}
      menuTrigger="focus"
      allowsEmptyCollection
    >
      <Label className={labelHidden ? 'visually-hidden' : undefined}>{label}</Label>
      <div className={styles.field}>
        <Input placeholder={anyLabel} className={styles.input} />
        <AriaButton className={styles.open}>
          <span aria-hidden="true" className={styles.chevron} />
        </AriaButton>
      </div>
      <Popover className={styles.popover}>
        <ListBox<FoldedTitle> className={styles.list} renderEmptyState={() => noneMatch}>
          {(o) => (
            <ListBoxItem id={o.id} textValue={o.title} className={styles.option}>
              {o.title}
            </ListBoxItem>
          )}
        </ListBox>
        {total > found.length ? (
          <Text slot="description" className={styles.more}>
            {more(total)}
          </Text>
        ) : null}
      </Popover>
    </ComboBox>
  );
}
