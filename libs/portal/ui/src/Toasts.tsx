import { COMMON_NAMESPACE } from '@lr/portal-i18n';
import type { ToastAction } from '@lr/portal-shell-contract';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface Toast {
  id: number;
  message: string;
  kind: 'success' | 'error' | 'info';
  action?: ToastAction;
}

const MAX_VISIBLE = 3;

/** Toast state for the shell; sections reach it through `notify` in their props. */
export function useToasts(timeoutMs = 6000) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const notify = useCallback(
    (message: string, kind: Toast['kind'] = 'info', action?: ToastAction) => {
      const id = Date.now() + Math.random();
      // The newest few only: a burst of actions must not bury the page under messages.
      setToasts((all) => [...all, { id, message, kind, action }].slice(-MAX_VISIBLE));
      // A toast with an action (Undo) stays longer: there must be time to reach its button.
      setTimeout(() => dismiss(id), action ? timeoutMs * 2 : timeoutMs);
    },
    [dismiss, timeoutMs],
  );
  return { toasts, notify, dismiss };
}

export function ToastRegion({ toasts, onDismiss }: { toasts: Toast[]; onDismiss(id: number): void }) {
  const { t } = useTranslation(COMMON_NAMESPACE);
  return (
    <div className="lr-toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`lr-toast lr-toast--${toast.kind}`}>
          <span className="lr-toast__message">{toast.message}</span>
          {toast.action && (
            <button
              type="button"
              className="lr-toast__action"
              onClick={() => {
                onDismiss(toast.id);
                toast.action?.onAction();
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button type="button" className="lr-toast__close" aria-label={t('dismiss')} onClick={() => onDismiss(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
