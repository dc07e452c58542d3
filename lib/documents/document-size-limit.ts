// The largest document accepted, in bytes: DOCUMENT_MAX_MB megabytes (default 20). Checked
// as the upload streams in, so a larger one is cut off without being stored.
export const DEFAULT_DOCUMENT_MAX_MB = 20;

export function documentMaxBytes(configured = process.env.DOCUMENT_MAX_MB): number {
  const value = Number(configured);
  const megabytes = Number.isFinite(value) && value > 0 ? value : DEFAULT_DOCUMENT_MAX_MB;
  return Math.floor(megabytes * 1024 * 1024);
}
