import type { ReactNode } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import styles from './tabs.module.css';

export interface TabItem {
  id: string;
  label: string;
  content: ReactNode;
}

interface Props {
  /** The accessible name of the tab list ("Views of the use case"). */
  label: string;
  tabs: readonly TabItem[];
  /** Controlled selection (a tab kept in the address); uncontrolled when absent. */
  selected?: string;
  onSelect?: (id: string) => void;
  /** The tab list is not printed (the printed page shows the selected panel only). */
  noPrint?: boolean;
}

/** The one tab set of the app (React Aria Tabs: arrow keys, one tab stop, panels labelled). */
export function TabSet({ label, tabs, selected, onSelect, noPrint = false }: Props) {
  return (
    <Tabs
      selectedKey={selected}
      onSelectionChange={onSelect ? (key) => onSelect(String(key)) : undefined}
    >
      <TabList
        aria-label={label}
        className={styles.tabList}
        data-no-print={noPrint ? '' : undefined}
      >
        {tabs.map((tab) => (
          <Tab key={tab.id} id={tab.id} className={styles.tab}>
            {tab.label}
          </Tab>
        ))}
      </TabList>
      {tabs.map((tab) => (
        <TabPanel key={tab.id} id={tab.id} className={styles.panel}>
          {tab.content}
        </TabPanel>
      ))}
    </Tabs>
  );
}
