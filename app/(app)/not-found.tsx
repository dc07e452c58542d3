import { ErrorNotice } from "@/components/layout/error-notice";

// A record that does not exist or is out of reach, inside the signed-in shell's <main>.
export default function NotFound() {
  return <ErrorNotice kind="notFound" />;
}
