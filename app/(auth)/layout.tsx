import { LanguageSwitcher } from "@/components/i18n/language-switcher";

// Draws the language switcher above the signed-out pages; it guards nothing.
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <header className="absolute end-4 top-4">
        <LanguageSwitcher signedIn={false} />
      </header>
      {children}
    </>
  );
}
