import { refuse, type Parsed } from '../../domain/exchange/import-problem';

/** A gzip stream starts with the bytes 1f 8b (RFC 1952, section 2.3.1). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array<ArrayBuffer>> {
  return new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      controller.enqueue(bytes.slice());
      controller.close();
    },
  });
}

/** Text compressed with gzip by the browser's CompressionStream. */
export async function gzipText(text: string): Promise<Blob> {
  const compressed = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Blob([await new Response(compressed).arrayBuffer()], { type: 'application/gzip' });
}

/**
 * A gzip file's content, read through the browser's DecompressionStream and counted as it comes:
 * refused as soon as it passes `limit.bytes` (memory stays bounded; a gzip bomb stops there),
 * or when the data is not gzip.
 */
export async function gunzipWithin(
  bytes: Uint8Array,
  limit: { bytes: number; megabytes: number },
): Promise<Parsed<Uint8Array<ArrayBuffer>>> {
  const reader = streamOf(bytes).pipeThrough(new DecompressionStream('gzip')).getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.length;
      if (length > limit.bytes) {
        await reader.cancel();
        return refuse('exchange.problem.fileTooLarge', '', { megabytes: limit.megabytes });
      }
      chunks.push(value);
    }
  } catch {
    return refuse('scale.problem.notGzip');
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return { ok: true, value: out };
}
