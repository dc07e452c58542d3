// Text placed in the publication's HTML: labels and catalogue strings are never markup.
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
