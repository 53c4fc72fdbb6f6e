/** A file made in the browser: its name and its bytes. */
export interface ExportedFile {
  name: string;
  blob: Blob;
}

/** Hands a file to the browser's downloads. */
export function download(file: ExportedFile): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
