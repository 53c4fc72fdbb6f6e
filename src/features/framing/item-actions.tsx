import { SmallActions, type SmallAction } from '../../ui/small-actions';
import styles from './framing.module.css';

interface Props {
  name: string;
  onEdit: () => void;
  onRemove: () => void;
}

const ITEM_ACTIONS: readonly SmallAction<'onEdit' | 'onRemove'>[] = [
  { on: 'onEdit', label: 'common.edit', name: 'framing.editItem' },
  { on: 'onRemove', label: 'framing.remove', name: 'framing.removeItem', variant: 'quiet' },
];

/** Edit and remove one named item of Framing (a department, an initiative, a KPI). */
export function ItemActions(props: Props) {
  return (
    <span className={styles.actions} data-editing-chrome="">
      <SmallActions
        actions={ITEM_ACTIONS}
        names={{ name: props.name }}
        onAction={(action) => props[action]()}
      />
    </span>
  );
}
