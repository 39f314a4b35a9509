// Import this first, before anything that loads graphql. Libraries the server runs on read NODE_ENV once, when they
// are first loaded: graphql-js, for one, swaps its plain `instanceof` type checks for slower development-mode
// checks unless NODE_ENV is production (about 2 ms of a matchCapabilities request here, in a CPU profile).
// Production runs with NODE_ENV=production (Dockerfile), so the latency benchmark does too. The server's own
// configuration does not come from here: environment.ts passes it to loadConfig explicitly.
process.env.NODE_ENV = 'production';
