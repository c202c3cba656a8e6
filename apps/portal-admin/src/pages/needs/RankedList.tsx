import { Button } from '@lr/portal-ui';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface RankedItem {
  id: string;
  label: string;
}

/** `items` with the one at `from` moved to `to`. */
export function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

/**
 * A ranked list that can be reordered by dragging a row onto another, or without a mouse by
 * each row's "Move up" and "Move down" buttons; the focus follows the moved row's button, and a
 * live message says the new rank, so a screen-reader user hears what happened.
 */
export function RankedList({
  items,
  onChange,
}: {
  items: RankedItem[];
  onChange(next: RankedItem[]): void;
}) {
  const { t } = useTranslation('admin');
  const [dragged, setDragged] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const list = useRef<HTMLOListElement>(null);

  function move(from: number, to: number, focus?: 'up' | 'down') {
    if (to < 0 || to >= items.length || from === to) return;
    onChange(moved(items, from, to));
    setAnnouncement(t('rankMoved', { name: items[from].label, rank: to + 1, count: items.length }));
    if (focus) {
      // After React has drawn the new order, the same button of the moved row keeps the focus.
      requestAnimationFrame(() =>
        list.current?.querySelectorAll<HTMLButtonElement>(`[data-move="${focus}"]`)[to]?.focus(),
      );
    }
  }

  const onDrop = (to: number) => (event: DragEvent) => {
    event.preventDefault();
    if (dragged !== null) move(dragged, to);
    setDragged(null);
  };

  return (
    <>
      <ol ref={list} className="admin-ranked">
        {items.map((item, index) => (
          <li
            key={item.id}
            draggable
            className={
              dragged === index
                ? 'admin-ranked__item admin-ranked__item--dragged'
                : 'admin-ranked__item'
            }
            onDragStart={(e) => {
              e.dataTransfer.effectAllowed = 'move';
              e.dataTransfer.setData('text/plain', item.id);
              setDragged(index);
            }}
            onDragOver={(e) => e.preventDefault()}
            onDrop={onDrop(index)}
            onDragEnd={() => setDragged(null)}
          >
            <span className="admin-ranked__rank" aria-hidden="true">
              {index + 1}
            </span>
            <span className="admin-ranked__label">{item.label}</span>
            <span className="admin-row-actions">
              <Button
                data-move="up"
                aria-label={`${t('moveUp')}: ${item.label}`}
                disabled={index === 0}
                onClick={() => move(index, index - 1, 'up')}
              >
                ↑<span className="lr-visually-hidden"> {t('moveUp')}</span>
              </Button>
              <Button
                data-move="down"
                aria-label={`${t('moveDown')}: ${item.label}`}
                disabled={index === items.length - 1}
                onClick={() => move(index, index + 1, 'down')}
              >
                ↓<span className="lr-visually-hidden"> {t('moveDown')}</span>
              </Button>
              <Button
                aria-label={`${t('removeNeed')}: ${item.label}`}
                onClick={() => onChange(items.filter((i) => i.id !== item.id))}
              >
                {t('removeNeed')}
              </Button>
            </span>
          </li>
        ))}
      </ol>
      <p className="lr-visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}
