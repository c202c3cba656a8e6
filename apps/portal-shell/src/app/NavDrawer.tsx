import { Button, useFocusTrap } from '@lr/portal-ui';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/**
 * The navigation on a narrow screen: a modal panel from the side on the native <dialog>, so
 * focus stays inside while it is open (the page behind is inert), Escape closes it, and focus
 * returns to the menu button. Following a link closes it.
 */
export function NavDrawer({ id, open, onClose, children }: { id: string; open: boolean; onClose(): void; children: ReactNode }) {
  const { t } = useTranslation('shell');
  const ref = useRef<HTMLDialogElement>(null);
  const { pathname } = useLocation();
  useFocusTrap(ref, open);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  useEffect(() => onClose(), [pathname, onClose]);
  return (
    <dialog
      id={id}
      ref={ref}
      className="lr-drawer"
      aria-label={t('navigationDrawer')}
      onCancel={(e) => (e.preventDefault(), onClose())}
      // A click on the backdrop (outside the panel) closes it, as on most phones.
      onClick={(e) => e.target === ref.current && onClose()}
    >
      <div className="lr-drawer__panel">
        <Button className="lr-drawer__close" onClick={onClose}>
          {t('closeNavigation')}
        </Button>
        {children}
      </div>
    </dialog>
  );
}
