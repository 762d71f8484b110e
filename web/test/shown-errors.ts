/**
 * The errors a form shows: controls marked invalid and the sentences under them (ui/field.tsx gives
 * an error the id `<control id>-error`). A dialog that was never submitted must show none.
 */
export function shownErrors(root: ParentNode = document.body): string[] {
  return [...root.querySelectorAll('[aria-invalid="true"], [id$="-error"]')]
    .map((element) => element.getAttribute('name') ?? element.textContent ?? element.id);
}
