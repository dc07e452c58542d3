// A multipart/form-data upload of one large services.csv, generated chunk by chunk as it is
// read, so the test or benchmark itself holds no copy of it. Every row names an unknown
// service type: the import reads and checks each row, stages none, and writes nothing.
export function generatedUpload(megabytes: number) {
  const boundary = "passage-generated-upload";
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="services.csv"\r\nContent-Type: text/csv\r\n\r\ncase_ref,type,delivered_on,amount,currency\n`;
  const tail = `\r\n--${boundary}--\r\n`;
  const rowsPerChunk = 10_000;
  const rowBytes = "C-000000000,GIFT,2012-01-01,,\n".length;
  const chunks = Math.ceil((megabytes * 1024 * 1024) / (rowsPerChunk * rowBytes));
  let sent = 0;
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === 0) controller.enqueue(encoder.encode(head));
      if (sent === chunks) {
        controller.enqueue(encoder.encode(tail));
        controller.close();
        return;
      }
      const first = sent * rowsPerChunk;
      controller.enqueue(
        encoder.encode(
          Array.from(
            { length: rowsPerChunk },
            (_, index) => `C-${String(first + index).padStart(9, "0")},GIFT,2012-01-01,,\n`,
          ).join(""),
        ),
      );
      sent++;
    },
  });
  return {
    body,
    contentType: `multipart/form-data; boundary=${boundary}`,
    rows: chunks * rowsPerChunk,
    bytes: chunks * rowsPerChunk * rowBytes,
  };
}

// Peak growth of resident memory while `work` runs, sampled every 20 ms.
export async function peakRssGrowth<T>(
  work: () => Promise<T>,
): Promise<{ result: T; growthBytes: number }> {
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, growthBytes: peak - baseline };
  } finally {
    clearInterval(timer);
  }
}
