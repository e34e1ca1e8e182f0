/**
 * Saving a file produced in the task pane (titres CSV, HTML report) to the user's
 * downloads. Injected into the pane as a service so that tests record the files instead;
 * the browser implementation hands a Blob to an `<a download>` link.
 */

/** Saves `content` under `fileName`; `mediaType` carries the charset (`text/csv;charset=utf-8`). */
export type DownloadFile = (
  fileName: string,
  content: Uint8Array | string,
  mediaType: string,
) => void;

/** How long the object URL lives after the click (a browser reads it asynchronously). */
const REVOKE_AFTER_MS = 60_000;

/** Downloads through an object URL and a temporary `<a download>` link of `document`. */
export function downloadWithLink(
  fileName: string,
  content: Uint8Array | string,
  mediaType: string,
): void {
  // A copy whose buffer is a plain ArrayBuffer, as BlobPart requires (the engine's bytes may be a view).
  const part = typeof content === 'string' ? content : new Uint8Array(content);
  const url = URL.createObjectURL(new Blob([part], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
