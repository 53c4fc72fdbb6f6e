import { startEarlyRead } from './early-read';

// Imported first by main.tsx, so that it runs before the other modules of the app are evaluated:
// the read of a ranked screen's records starts as early as the page can start it.
startEarlyRead(window.location.pathname);
