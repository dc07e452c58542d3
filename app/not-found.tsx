import { ErrorNotice } from "@/components/layout/error-notice";

// An address that matches no page: no shell around it, so it brings its own <main>.
export default function NotFound() {
  return (
    <main>
      <ErrorNotice kind="notFound" />
    </main>
  );
}
