export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: string[];
/** Runs every page in one renderer process: for runs over the real-page corpus (chromium.mjs says why). */
export declare const ONE_RENDERER_ARG: string;
