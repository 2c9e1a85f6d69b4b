import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="grid min-h-[60vh] place-items-center p-8">
      <div className="max-w-md text-center">
        <p className="text-sm font-semibold text-danger">403</p>
        <h1 className="mt-1 text-xl font-semibold">Your role does not allow this</h1>
        <p className="mt-2 text-sm text-muted">Ask a Keywarden admin if you need access.</p>
        <Link href="/" className="mt-4 inline-block text-sm font-medium text-accent hover:underline">
          Back to the overview
        </Link>
      </div>
    </main>
  );
}
