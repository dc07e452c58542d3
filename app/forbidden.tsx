import { ErrorNotice } from "@/components/layout/error-notice";

// Only signed-in users are refused (others are sent to sign in): the shell is around it.
export default function Forbidden() {
  return <ErrorNotice kind="forbidden" />;
}
