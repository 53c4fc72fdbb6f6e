/**
 * How the system Chromium is started by the e2e tests and the benchmark (DEVELOPERS.md): headless,
 * no sandbox (containers), no GPU, and nothing that reaches the network on its own.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
