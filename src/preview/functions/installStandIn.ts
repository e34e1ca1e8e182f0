/**
 * Installs the preview's `CustomFunctions` stand-in on the page, at import time: imported
 * right before src/functions/functions.ts so that its `associate` calls land here.
 */
import { installPreviewFunctionRegistry } from './previewCustomFunctions';

/** The page's registry of custom functions. */
export const previewFunctionRegistry = installPreviewFunctionRegistry();
