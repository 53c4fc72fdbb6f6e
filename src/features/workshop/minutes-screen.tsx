import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useWorkshopView } from '../../data/use-workshop';
import { buildMinutes } from '../../domain/workshop/minutes';
import { Button } from '../../ui/button';
import { useFormatters } from '../../ui/format';
import { EmptyState } from '../../ui/page-header';
import { minutesDocument, minutesMarkdown } from './minutes-document';
import styles from './minutes.module.css';
import { downloadText } from '../../ui/download-file';
import { ColumnHeads } from '../../ui/column-heads';

function download(text: string, fileName: string): void {
  downloadText(fileName, text, 'text/markdown;charset=utf-8');
}

/** The minutes of a workshop: one document on screen, as Markdown, and printable (A4). */
export default function MinutesScreen() {
  const { t } = useTranslation();
  const f = useFormatters();
  const { workspaceId = '', workshopId = '' } = useParams();
  const view = useWorkshopView(workspaceId);
  const doc = useMemo(() => {
    if (!view) return null;
    const minutes = buildMinutes(view.records, view.facts, workshopId);
    return minutes ? minutesDocument(minutes, t, f) : null;
  }, [view, workshopId, t, f]);
  if (view === null) return null;
  if (view === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  if (!doc)
    return (
      <EmptyState>
        {t('workshop.minutes.notFound')}{' '}
        <Link to={`/w/${workspaceId}/workshop`}>{t('workshop.backToAgenda')}</Link>
      </EmptyState>
    );
  const date = view.records.workshops.find((w) => w.id === workshopId)?.startedAt.slice(0, 10);
  return (
    <div className={styles.screen}>
      <div className={styles.toolbar}>
        <Link to={`/w/${workspaceId}/workshop`}>{t('workshop.backToAgenda')}</Link>
        <Button
          onPress={() =>
            download(minutesMarkdown(doc), `${t('workshop.minutes.file')}-${date ?? ''}.md`)
          }
        >
          {t('workshop.minutes.markdown')}
        </Button>
        <Button variant="primary" onPress={() => window.print()}>
          {t('workshop.minutes.print')}
        </Button>
      </div>
      <article className={styles.document} aria-labelledby="minutes-title">
        <h1 id="minutes-title" tabIndex={-1}>
          {doc.title}
        </h1>
        {doc.meta.map((line) => (
          <p key={line} className={styles.meta}>
            {line}
          </p>
        ))}
        {doc.sections.map((section) => (
          <section key={section.id} aria-labelledby={`minutes-${section.id}`}>
            <h2 id={`minutes-${section.id}`}>{section.title}</h2>
            {section.table ? (
              section.table.length > 1 ? (
                <div className={styles.tableWrap}>
                  <table className={styles.table}>
                    <ColumnHeads columns={section.table[0] ?? []} />
                    <tbody>
                      {section.table.slice(1).map((row, i) => (
                        <tr key={i}>
                          {row.map((cell, j) => (
                            <td key={j}>{cell}</td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ) : (
                <p className={styles.empty}>{section.empty}</p>
              )
            ) : section.lines?.length ? (
              <ul>
                {section.lines.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            ) : (
              <p className={styles.empty}>{section.empty}</p>
            )}
          </section>
        ))}
      </article>
    </div>
  );
}
