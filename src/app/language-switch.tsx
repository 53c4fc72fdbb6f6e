import { LanguageSwitch as Switch } from '../ui/language-switch';
import styles from './shell.module.css';

/** The header's FR | EN switch. */
export function LanguageSwitch() {
  return <Switch classNames={{ group: styles.languages ?? '', button: styles.language ?? '' }} />;
}
