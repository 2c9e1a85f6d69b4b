import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getConfig } from "@/lib/config";
import { getCurrentUser } from "@/lib/auth/current-user";
import { DEMO_USERS } from "@/lib/auth/demo-users";
import { safeNextPath } from "@/lib/auth/safe-next";
import { DemoSignIn } from "@/components/auth/demo-sign-in";
import { OidcSignIn } from "@/components/auth/oidc-sign-in";
import { Brand } from "@/components/shell/brand";

export const metadata: Metadata = { title: "Sign in" };

const ERRORS: Record<string, string> = {
  AccessDenied: "That account may not sign in here. Ask a Keywarden admin for access.",
  DemoDisabled: "Demo sign-in is off because single sign-on is configured.",
  InvalidInput: "The sign-in request was malformed. Try again.",
  NoEmail: "Your identity provider did not share an email address, which Keywarden needs.",
  OAuthSignin: "Could not reach the identity provider. Check KEYWARDEN_OIDC_ISSUER.",
  OAuthCallback: "The identity provider's answer could not be verified. Try again.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const next = safeNextPath(params.next);
  if (await getCurrentUser()) redirect(next);
  const { auth } = getConfig();
  const error = params.error ? (ERRORS[params.error] ?? "Sign-in failed. Try again.") : null;
  return (
    <main className="grid min-h-screen lg:grid-cols-[1.1fr_1fr]">
      <section className="hidden flex-col justify-between bg-[#0f1220] p-12 text-white lg:flex">
        <Brand inverted />
        <div className="max-w-md space-y-4">
          <h1 className="text-3xl font-semibold leading-tight tracking-tight">Every KMS key you own, who uses it, and whether it is safe to change.</h1>
          <p className="text-sm leading-relaxed text-white/65">
            Keywarden keeps an inventory of AWS KMS keys across accounts and regions, reads their CloudTrail usage, and says
            who each key policy and grant lets in. Guarded changes with a second person for every deletion are next.
          </p>
        </div>
        <p className="text-xs text-white/40">Reads KMS and CloudTrail; changes nothing in AWS yet.</p>
      </section>
      <section className="flex items-center justify-center p-6 sm:p-12">
        <div className="w-full max-w-md space-y-6">
          <div className="lg:hidden">
            <Brand />
          </div>
          <div>
            <h2 className="text-xl font-semibold tracking-tight">Sign in</h2>
            <p className="mt-1 text-sm text-muted">
              {auth.demoMode ? "Demo mode: choose a person to see Keywarden through their role." : `Use your organisation's account.`}
            </p>
          </div>
          {error ? (
            <p role="alert" className="rounded-md border border-danger/30 bg-danger/10 px-3 py-2 text-sm text-danger">
              {error}
            </p>
          ) : null}
          {auth.demoMode ? <DemoSignIn people={DEMO_USERS} next={next} /> : <OidcSignIn name={auth.oidc!.name} next={next} />}
        </div>
      </section>
    </main>
  );
}
