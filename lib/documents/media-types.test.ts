import { describe, expect, it } from "vitest";

import { contentDisposition, safeFileName, sniffMediaType } from "./media-types";

const bytes = (...values: (number | string)[]) =>
  new Uint8Array(
    values.flatMap((value) =>
      typeof value === "string" ? [...value].map((char) => char.charCodeAt(0)) : [value],
    ),
  );

describe("a document's type is read from its first bytes", () => {
  it("recognises PDF, PNG, JPEG and WebP", () => {
    expect(sniffMediaType(bytes("%PDF-1.7\n"))).toBe("application/pdf");
    expect(sniffMediaType(bytes(0x89, "PNG", 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13))).toBe(
      "image/png",
    );
    expect(sniffMediaType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16, "JFIF"))).toBe("image/jpeg");
    expect(sniffMediaType(bytes("RIFF", 0, 0, 0, 0, "WEBPVP8 "))).toBe("image/webp");
  });

  it("refuses a Windows program, HTML, a ZIP, a RIFF that is not WebP, and too few bytes", () => {
    expect(sniffMediaType(bytes("MZ", 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0))).toBeNull();
    expect(sniffMediaType(bytes("<html><script>"))).toBeNull();
    expect(sniffMediaType(bytes("PK", 3, 4, 20, 0, 6, 0))).toBeNull();
    expect(sniffMediaType(bytes("RIFF", 0, 0, 0, 0, "WAVEfmt "))).toBeNull();
    expect(sniffMediaType(bytes("%PD"))).toBeNull();
  });
});

describe("the file name handed back", () => {
  it("drops folders, quotes and control characters, and takes the real type's extension", () => {
    expect(safeFileName("../../etc/passwd", "application/pdf")).toBe("passwd.pdf");
    expect(safeFileName('C:\\scans\\my "form"\r\n.exe', "image/png")).toBe("my form.png");
    expect(safeFileName("", "image/jpeg")).toBe("document.jpg");
    expect(safeFileName("Déclaration été.pdf", "application/pdf")).toBe("Déclaration été.pdf");
  });

  it("is given to the browser with an ASCII fallback and the UTF-8 name", () => {
    expect(contentDisposition("attachment", "Déclaration.pdf")).toBe(
      `attachment; filename="D_claration.pdf"; filename*=UTF-8''D%C3%A9claration.pdf`,
    );
  });
});
