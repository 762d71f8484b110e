/**
 * Handlers that start `load` when a pointer or the focus reaches a control, before any click, so
 * the code behind it has arrived by the time it is used. Nothing when there is nothing to load.
 */
export function loadOnIntent(load: (() => unknown) | undefined) {
  if (!load) return {};
  const start = () => void load();
  return { onPointerEnter: start, onFocus: start };
}
