/**
 * Registers QuotePart's custom functions in the preview: the stand-in first, then the very
 * functions file Excel loads (its associate calls, appended by the webpack plugin, fill the
 * stand-in's registry). Import order matters: keep the stand-in first.
 */
import { previewFunctionRegistry } from './installStandIn';
import '../../functions/functions';

export { previewFunctionRegistry };
