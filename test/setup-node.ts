// Setup of the tests that run in Node (unit, integration): an in-memory IndexedDB for Dexie.
import 'fake-indexeddb/auto';
