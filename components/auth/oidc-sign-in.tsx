"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

export function OidcSignIn({ name, next }: { name: string; next: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <Button
      className="w-full"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void signIn("oidc", { callbackUrl: next });
      }}
    >
      {busy ? "Redirecting…" : `Sign in with ${name}`}
    </Button>
  );
}
