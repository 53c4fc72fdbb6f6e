import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBpmnImport } from '../../data/use-bpmn-import';
import { BPMN_LIMITS, bpmnProblem, type BpmnPlanned } from '../../domain/bpmn/bpmn-model';
import { Button } from '../../ui/button';
import { AppDialog, DialogActions } from '../../ui/dialog';
import { useToast } from '../../ui/toast';
import { readBpmnFile } from './read-bpmn-file';

/** The loops named in a workflow's preview; more are counted. */
const LOOPS_SHOWN = 10;

async function planOfFile(file: File): Promise<BpmnPlanned> {
  if (file.size > BPMN_LIMITS.bytes) {
    return {
      ok: false,
      problems: [bpmnProblem('fileTooLarge', '', { megabytes: BPMN_LIMITS.megabytes })],
    };
  }
  return readBpmnFile(await file.arrayBuffer());
}

/** "Import a BPMN file": a preview of the workflows, steps and departments, then Import/Cancel. */
export function BpmnImport({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const importPlan = useBpmnImport();
  const toast = useToast();
  const [planned, setPlanned] = useState<BpmnPlanned | null>(null);
  const [fileName, setFileName] = useState('');

  const choose = (file: File | undefined) => {
    if (!file) return;
    setFileName(file.name);
    void planOfFile(file).then(setPlanned);
  };
  const close = () => {
    setPlanned(null);
    if (input.current) input.current.value = '';
  };
  const confirm = (plan: Extract<BpmnPlanned, { ok: true }>['plan']) => {
    void importPlan(workspaceId, plan).then((ids) => {
      toast({ message: t('bpmn.imported', { count: ids.length }) });
      close();
    });
  };

  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".bpmn,.xml"
        hidden
        aria-label={t('bpmn.import')}
        data-testid="bpmn-file"
        onChange={(e) => choose(e.target.files?.[0])}
      />
      <Button onPress={() => input.current?.click()}>{t('bpmn.import')}</Button>
      <AppDialog
        isOpen={planned !== null}
        onOpenChange={(open) => (open ? undefined : close())}
        title={`${t('bpmn.previewTitle')} — ${fileName}`}
        wide
      >
        {planned?.ok === false ? (
          <>
            <p role="alert">{t('bpmn.refused')}</p>
            <ul>
              {planned.problems.map((p, i) => (
                <li key={i}>
                  {p.where ? t('bpmn.where', { where: p.where }) : null}
                  {t(p.key, p.params)}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {planned?.ok ? (
          <>
            {planned.plan.departments.length ? (
              <p>{t('bpmn.departments', { names: planned.plan.departments.join(', ') })}</p>
            ) : null}
            {planned.plan.workflows.map((w) => (
              <section key={w.elementId}>
                <h3>
                  {w.name} ({t('bpmn.steps', { count: w.steps.length })})
                </h3>
                <ol>
                  {w.steps.map((s) => (
                    <li key={s.elementId}>
                      {s.name}
                      {s.department ? ` — ${t('bpmn.department', { name: s.department })}` : null}
                    </li>
                  ))}
                </ol>
                {w.loops.length ? (
                  <>
                    <p>{t('bpmn.loops')}</p>
                    <ul>
                      {w.loops.slice(0, LOOPS_SHOWN).map((loop) => (
                        <li key={loop.flow}>{t('bpmn.loop', { from: loop.from, to: loop.to })}</li>
                      ))}
                      {w.loops.length > LOOPS_SHOWN ? (
                        <li>{t('bpmn.moreLoops', { count: w.loops.length - LOOPS_SHOWN })}</li>
                      ) : null}
                    </ul>
                  </>
                ) : null}
              </section>
            ))}
          </>
        ) : null}
        <DialogActions>
          <Button onPress={close}>{t('common.cancel')}</Button>
          {planned?.ok ? (
            <Button variant="primary" onPress={() => confirm(planned.plan)}>
              {t('bpmn.confirm')}
            </Button>
          ) : null}
        </DialogActions>
      </AppDialog>
    </>
  );
}
