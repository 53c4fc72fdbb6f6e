/** The name of the app's IndexedDB database (read before Dexie too: ./read-before-dexie). */
export const DATABASE_NAME = 'clarte';
