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
import { Button } from './button';
import styles from './ui.module.css';

export interface ToastRequest {
  message: string;
  /** e.g. "Undo": the action offered while the toast is visible. */
  action?: { label: string; onAction: () => void };
  durationMs?: number;
}

interface Toast extends ToastRequest {
  id: number;
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
      setToasts((list) => [...list, { ...toast, id }]);
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
              <Button
                small
                onPress={() => {
                  toast.action?.onAction();
                  dismiss(toast.id);
                }}
              >
                {toast.action.label}
              </Button>
            ) : null}
            <Button
              small
              variant="quiet"
              aria-label={t('common.dismiss')}
              onPress={() => dismiss(toast.id)}
            >
              ×
            </Button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): (toast: ToastRequest) => void {
  return useContext(ToastContext);
}
