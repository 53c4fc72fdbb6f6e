import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeForm } from '../../db/repositories/framing';
import { Button } from '../../ui/button';
import { Card } from '../../ui/page-header';
import { NameFormDialog } from '../../ui/name-form-dialog';
import { ItemActions } from './item-actions';
import styles from './framing.module.css';

/** A department or an initiative, as stored in the workspace. */
interface Item {
  id: string;
  name: string;
  description?: string;
}

interface Props {
  title: string;
  empty: string;
  addLabel: string;
  nameLabel: string;
  withDescription: boolean;
  items: readonly Item[];
  /** `seen`: the item as its dialog opened it (a save over another tab's change is refused). */
  onSave: (id: string | null, form: InitiativeForm, seen?: Item) => Promise<void>;
  onRemove: (item: Item) => void;
}

function nameFormOf(item: Item): InitiativeForm {
  return { name: item.name, description: item.description ?? '' };
}

/** A list of named things (departments, initiatives): add, rename, remove. */
export function NamedListCard(props: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Item | 'new' | null>(null);
  const current = editing === 'new' ? null : editing;
  return (
    <Card className={styles.section}>
      <h2>{props.title}</h2>
      {props.items.length === 0 ? <p className={styles.muted}>{props.empty}</p> : null}
      <ul className={styles.list} aria-label={props.title}>
        {props.items.map((item) => (
          <li key={item.id}>
            <span className={styles.itemText}>
              {item.name}
              {item.description ? (
                <span className={styles.itemDescription}>{item.description}</span>
              ) : null}
            </span>
            <ItemActions
              name={item.name}
              onEdit={() => setEditing(item)}
              onRemove={() => props.onRemove(item)}
            />
          </li>
        ))}
      </ul>
      <Button onPress={() => setEditing('new')} data-editing-chrome="">
        {props.addLabel}
      </Button>
      <NameFormDialog
        isOpen={editing !== null}
        onOpenChange={(open) => {
          if (!open) setEditing(null);
        }}
        title={current ? t('framing.editItem', { name: current.name }) : props.addLabel}
        nameLabel={props.nameLabel}
        descriptionLabel={props.withDescription ? t('framing.initiativeDescription') : undefined}
        initial={{ name: current?.name ?? '', description: current?.description ?? '' }}
        stale={current ? { seen: current, toForm: nameFormOf } : undefined}
        onSubmit={(form, seen) => props.onSave(current?.id ?? null, form, seen)}
      />
    </Card>
  );
}
