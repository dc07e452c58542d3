import { signOut } from "next-auth/react";

// next-auth answers a sign-out with an absolute URL built from NEXTAUTH_URL, which sends a
// user who came in through another host name (127.0.0.1, an internal name) to a host they
// have no session on. Sign out without its redirect, then go to a path on this host.
export async function signOutTo(path: string): Promise<void> {
  await signOut({ redirect: false });
  window.location.assign(path);
}
