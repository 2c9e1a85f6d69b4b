/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ["pg", "@electric-sql/pglite", "@electric-sql/pglite-socket", "@prisma/adapter-pg", "pg-boss"],
  typedRoutes: false,
  experimental: { authInterrupts: true },
};

export default nextConfig;
