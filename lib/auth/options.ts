import "server-only";

import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies } from "next/headers";

import type { SignedInUser } from "@/lib/auth/actor";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { challengeLifetimeSeconds, completeMfaSignIn } from "@/lib/auth/mfa/sign-in-challenge";
import { endSession, resolveSession } from "@/lib/auth/resolve-session";
import { sessionLimits } from "@/lib/auth/session-policy";
import { signInWithPassword } from "@/lib/auth/sign-in";

type IdentityToken = { sub?: string; sid?: string; sv?: number };

// The jwt callback re-checks the session on every request and hands the fresh user to
// the session callback through this map, so role and office never ride in the cookie.
const actorsByToken = new WeakMap<object, SignedInUser>();

const clientIp = (headers: Record<string, string | string[] | undefined> | undefined) =>
  clientIpFrom(headers?.["x-forwarded-for"]);

// `__Host-` pins a cookie to this exact host over a secure context (HTTPS, or localhost,
// which browsers treat as secure). A plain-HTTP deployment elsewhere cannot hold it.
function hostCookie(name: string, sameSite: "lax" | "strict") {
  const url = new URL(process.env.NEXTAUTH_URL ?? "http://localhost:3000");
  const isSecureContext =
    url.protocol === "https:" || ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  return {
    name: isSecureContext ? `__Host-${name}` : name,
    options: { httpOnly: true, sameSite, path: "/", secure: isSecureContext },
  };
}

// Between the password and the code, the browser holds the challenge in its own cookie,
// out of reach of page scripts.
const challengeCookie = hostCookie("passage.mfa-challenge", "strict");

type SignInOutcome = Awaited<ReturnType<typeof signInWithPassword | typeof completeMfaSignIn>>;

// next-auth passes a thrown message to the sign-in form as its error code.
async function toAuthorizedUser(result: SignInOutcome) {
  const jar = await cookies();
  // A `__Host-` cookie is only replaced by one with the same attributes, so it is expired, not deleted.
  const clearChallenge = () =>
    jar.set(challengeCookie.name, "", { ...challengeCookie.options, maxAge: 0 });
  if (result.ok) {
    clearChallenge();
    return {
      id: result.userId,
      sessionId: result.sessionId,
      sessionVersion: result.sessionVersion,
    };
  }
  if (result.reason === "THROTTLED" || result.reason === "LOCKED")
    throw new Error(`${result.reason}:${result.retryAfterSeconds}`);
  if (result.reason === "MFA_REQUIRED") {
    jar.set(challengeCookie.name, result.challenge, {
      ...challengeCookie.options,
      maxAge: challengeLifetimeSeconds,
    });
    throw new Error("MFA_REQUIRED");
  }
  if (result.reason === "CHALLENGE_ENDED") {
    clearChallenge();
    throw new Error("MFA_CHALLENGE_ENDED");
  }
  if (result.reason === "INVALID_CODE") throw new Error("MFA_INVALID_CODE");
  return null;
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: sessionLimits.absoluteHours * 3600 },
  cookies: { sessionToken: hostCookie("passage.session", "lax") },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        return toAuthorizedUser(await signInWithPassword(credentials, clientIp(req.headers)));
      },
    }),
    CredentialsProvider({
      id: "mfa",
      credentials: { code: { type: "text" } },
      async authorize(credentials, req) {
        const challenge = (await cookies()).get(challengeCookie.name)?.value;
        return toAuthorizedUser(
          await completeMfaSignIn({ challenge, code: credentials?.code }, clientIp(req.headers)),
        );
      },
    }),
  ],
  callbacks: {
    // next-auth's own redirects (sign-out, error pages) stay on this app as well.
    redirect({ url, baseUrl }) {
      return new URL(safeCallbackPath(url, baseUrl), baseUrl).toString();
    },
    async jwt({ token, user }) {
      if (user) {
        const signedIn = user as unknown as {
          id: string;
          sessionId: string;
          sessionVersion: number;
        };
        return { sub: signedIn.id, sid: signedIn.sessionId, sv: signedIn.sessionVersion };
      }
      const { sid, sv } = token as IdentityToken;
      const actor = sid && typeof sv === "number" ? await resolveSession(sid, sv) : null;
      // Throwing makes next-auth drop the session and clear its cookie.
      if (!actor) throw new Error("SESSION_ENDED");
      const identity = { sub: token.sub, sid, sv };
      actorsByToken.set(identity, actor);
      return identity;
    },
    async session({ session, token }) {
      const actor = actorsByToken.get(token);
      return { expires: session.expires, user: actor } as typeof session;
    },
  },
  events: {
    async signOut({ token }) {
      const sid = (token as IdentityToken | null)?.sid;
      if (sid) await endSession(sid);
    },
  },
  logger: {
    // An ended session is routine; other errors are logged by code, without payloads.
    error(code, metadata) {
      if (code === "JWT_SESSION_ERROR") return;
      const cause = metadata instanceof Error ? metadata.message : "";
      console.error(`[auth] ${code} ${cause}`);
    },
    warn() {},
    debug() {},
  },
};
