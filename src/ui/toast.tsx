import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { PlainButton } from './plain-button';
import styles from './ui.module.css';

export interface ToastRequest {
  message: string;
  /** e.g. "Undo": the action offered while the toast is visible. */
  action?: { label: string; onAction: () => void };
  durationMs?: number;
}

export interface Toast extends ToastRequest {
  id: number;
}

/** More would cover the page after a burst of quick edits. */
const MAX_VISIBLE = 3;

/**
 * The toasts after `toast` arrives: the same plain message replaces its earlier copy, and past
 * MAX_VISIBLE the oldest plain message goes first (one offering an action, e.g. Undo, stays longest).
 */
export function withToast(list: readonly Toast[], toast: Toast): Toast[] {
  const plain = (x: Toast) => x.action === undefined;
  const next = [
    ...list.filter((x) => !(plain(x) && plain(toast) && x.message === toast.message)),
    toast,
  ];
  while (next.length > MAX_VISIBLE) {
    const oldestPlain = next.findIndex(plain);
    next.splice(oldestPlain === -1 ? 0 : oldestPlain, 1);
  }
  return next;
}

const ToastContext = createContext<(toast: ToastRequest) => void>(() => undefined);

/** Short messages at the bottom of the screen, read by screen readers, with an optional action. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const dismiss = useCallback(
    (id: number) => setToasts((list) => list.filter((x) => x.id !== id)),
    [],
  );
  const show = useCallback(
    (toast: ToastRequest) => {
      const id = next.current++;
      setToasts((list) => withToast(list, { ...toast, id }));
      window.setTimeout(() => dismiss(id), toast.durationMs ?? 6000);
    },
    [dismiss],
  );
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className={styles.toasts} role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={styles.toast}>
            <span>{toast.message}</span>
            {toast.action ? (
              <PlainButton
                small
                onPress={() => {
                  toast.action?.onAction();
                  dismiss(toast.id);
                }}
              >
                {toast.action.label}
              </PlainButton>
            ) : null}
            <PlainButton
              small
              variant="quiet"
              aria-label={t('common.dismiss')}
              onPress={() => dismiss(toast.id)}
            >
              ×
            </PlainButton>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): (toast: ToastRequest) => void {
  return useContext(ToastContext);
}
