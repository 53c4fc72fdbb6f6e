import { downloadBlob } from '../../ui/download-file';

/** A file made in the browser: its name and its bytes. */
export interface ExportedFile {
  name: string;
  blob: Blob;
}

/** Hands a file to the browser's downloads. */
export function download(file: ExportedFile): void {
  downloadBlob(file.name, file.blob);
}
