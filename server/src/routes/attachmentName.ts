/** A Content-Disposition value that downloads as `<title>.<extension>`, any letters kept. */
export function attachmentName(title: string, extension: string): string {
  const base = title.replace(/[^\p{L}\p{N} _-]/gu, '').trim() || 'bordduk'
  return `attachment; filename*=UTF-8''${encodeURIComponent(`${base}.${extension}`)}`
}
