// Splits a byte stream into lines and decodes each one strictly: a line that is not UTF-8, or is larger than
// MAX_RECORD_BYTES, becomes an error record instead of stopping the run. Memory stays bounded by the cap.

/** The largest record read; a longer line is skipped to its end and answered with an error. */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;

export type LineResult = { line: string } | { error: string };

const NEWLINE = 0x0a;

export async function* readLines(
  input: AsyncIterable<Uint8Array>,
  maxBytes = MAX_RECORD_BYTES,
): AsyncGenerator<LineResult> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let parts: Uint8Array[] = [];
  let size = 0;
  let oversized = false;

  const finish = (): LineResult | null => {
    if (oversized) {
      const result = { error: `record too large: over ${maxBytes} bytes` };
      parts = [];
      size = 0;
      oversized = false;
      return result;
    }
    const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    parts = [];
    size = 0;
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === 0x0d) end--; // CRLF
    if (end === 0) return null;
    try {
      const line = decoder.decode(bytes.subarray(0, end));
      return line.trim() === '' ? null : { line };
    } catch {
      return { error: 'not valid UTF-8' };
    }
  };

  for await (const chunk of input) {
    let start = 0;
    for (let i = chunk.indexOf(NEWLINE); i !== -1; i = chunk.indexOf(NEWLINE, start)) {
      if (!oversized) parts.push(chunk.subarray(start, i));
      size += i - start;
      if (size > maxBytes) oversized = true;
      const result = finish();
      if (result) yield result;
      start = i + 1;
    }
    if (start < chunk.length) {
      size += chunk.length - start;
      if (size > maxBytes) {
        oversized = true;
        parts = [];
      } else if (!oversized) parts.push(chunk.slice(start));
    }
  }
  if (size > 0 || oversized) {
    const result = finish();
    if (result) yield result;
  }
}
