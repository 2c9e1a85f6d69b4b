/** A response streaming text chunks as they are produced, for exports of any size. */
export function textStreamResponse(chunks: AsyncGenerator<string>, headers: Record<string, string>, label: string): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        console.error(`[route ${label}]`, error);
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, { headers: { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", ...headers } });
}
