/**
 * The popup's "selected text": what the user selected on the page, read by the detector here, in the tab (the text
 * goes no further than the extension's own popup; the estimate is built from the offer alone, as a badge's is).
 */
import { readSelection } from '../detector/selection.ts';
import type { SelectionReply } from '../shared/messages.ts';

/** Characters of the selection the popup quotes back. */
const QUOTE_CHARS = 160;

export function selectionReply(selected: string, lang?: string): SelectionReply {
  const reading = readSelection(selected);
  // (Quoted as the page wrote it, its spacing folded.)
  const text = selected
    .slice(0, QUOTE_CHARS * 4)
    .replace(/\s+/g, ' ')
    .trim();
  const quote = text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS)}…` : text;
  return { quote, ...(lang ? { lang } : {}), reading };
}
