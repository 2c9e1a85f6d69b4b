export function DemoBanner() {
  return (
    <div role="note" className="border-b border-warn/30 bg-warn/10 px-6 py-1.5 text-center text-xs font-medium text-warn">
      Demo — sample data from the local sandbox, and sign-in without a password. Configure OIDC and AWS access before real use.
    </div>
  );
}
