import Link from "next/link";

export default function NotFound() {
  return (
    <main className="grid min-h-[60vh] place-items-center p-8">
      <div className="max-w-md text-center">
        <p className="text-sm font-semibold text-muted">404</p>
        <h1 className="mt-1 text-xl font-semibold">Nothing here</h1>
        <Link href="/" className="mt-4 inline-block text-sm font-medium text-accent hover:underline">
          Back to the overview
        </Link>
      </div>
    </main>
  );
}
