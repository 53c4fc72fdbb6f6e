import { useEffect, useState } from 'react';

/** Code loaded on demand (a dynamic import), asked for once. */
export interface Loadable<M> {
  /** Starts loading (the first call) and gives the module; later calls give the same promise. */
  load: () => Promise<M>;
  /** The module once it has arrived. */
  loaded: () => M | undefined;
}

export function loadable<M>(importModule: () => Promise<M>): Loadable<M> {
  let module: M | undefined;
  let loading: Promise<M> | undefined;
  const load = () => {
    loading ??= importModule().then(
      (m) => (module = m),
      (error: unknown) => {
        loading = undefined; // asked for again by the next caller
        throw error;
      },
    );
    return loading;
  };
  return { load, loaded: () => module };
}

/**
 * The module of `code` once loaded (undefined until then; the component is drawn again when it
 * arrives), for parts of a page drawn beside it rather than before it (the header's status, the
 * workshop's chrome). Unlike React.lazy, nothing suspends: React holds the reveal of a suspended
 * part back until 300 ms after the last fallback it showed, so a part that is ready in time
 * would still be drawn up to 0.3 s after the screen. A module loaded beforehand (`load()`) is
 * drawn with the first render. A module that cannot be loaded is left out.
 */
export function useLoaded<M>(code: Loadable<M>): M | undefined {
  const [module, setModule] = useState(code.loaded);
  useEffect(() => {
    if (module) return;
    let live = true;
    code.load().then(
      (m) => {
        if (live) setModule(() => m);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [code, module]);
  return module;
}
