// "server-only" throws anywhere but in React's server build, and the commands import the same lib/
// modules as the pages. Import this first: tsx runs these files as CommonJS, one import after the
// other, so the marker resolves to an empty module before any lib/ module asks for it.
import Module, { createRequire } from "node:module";

const require = createRequire(__filename);
const id = require.resolve("server-only");
const marker = new Module(id);
marker.filename = id;
marker.loaded = true;
require.cache[id] = marker;
