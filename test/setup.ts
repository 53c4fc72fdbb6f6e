// Setup of the component tests (unit-dom, jsdom): IndexedDB, jest-dom matchers, DOM cleanup.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
