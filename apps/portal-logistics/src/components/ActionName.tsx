/**
 * A button's words and what it acts on: the action is shown, the target is heard too ("Edit" on
 * screen, "Edit Per diems" to a screen reader), so the visible words begin the accessible name
 * (WCAG 2.5.3) and a row's buttons are told apart.
 */
export function ActionName({ action, target }: { action: string; target: string }) {
  return (
    <>
      {action}
      <span className="lr-visually-hidden"> {target}</span>
    </>
  );
}
