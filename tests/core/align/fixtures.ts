/**
 * Small hand-made texts for the alignment tests: paragraphs on unrelated subjects, so that any
 * passage found between two texts comes from a paragraph they really share.
 */
import { tokenize } from '../../../src/core/text/tokenize';
import { prepareDocument, type AlignDocument } from '../../../src/core/align/index';

export const P = {
  harbor:
    'The harbor authority approved a new breakwater on Tuesday after three winters of storm damage along the northern pier. ' +
    'Engineers expect the granite barrier to cut wave height inside the basin by half. ' +
    'Fishing crews welcomed the decision but warned that construction barges could block the channel during the spring season.',
  orchard:
    'Apple growers in the valley reported their smallest harvest in a decade, blaming a late frost that killed blossoms in April. ' +
    'Cider makers are importing fruit from neighbouring provinces to keep presses running. ' +
    'Orchard owners asked the ministry for emergency loans to replant damaged trees.',
  library:
    'The city library will extend its opening hours to midnight during examination weeks, the council announced. ' +
    'Students had collected four thousand signatures asking for quiet study rooms late in the evening. ' +
    'Volunteers from the university will staff the reading halls after the regular librarians leave.',
  railway:
    'A signal failure near the junction stranded commuters for nearly two hours on Monday morning. ' +
    'The railway operator said a damaged cable had cut power to the switching system. ' +
    'Replacement buses carried passengers between the suburban stations until technicians restored service.',
  museum:
    'The natural history museum unveiled a restored whale skeleton suspended above the main staircase. ' +
    'Conservators spent eighteen months cleaning and reassembling more than three hundred bones. ' +
    'Visitors can watch a short film about the restoration in the gallery beside the entrance.',
  vaccine:
    'Health officials launched a vaccination campaign against measles in rural clinics after an outbreak among schoolchildren. ' +
    'Mobile teams will visit remote villages where parents struggle to reach the district hospital. ' +
    'Doctors urged families to check vaccination records before the new school term begins.',
  bridge:
    'Inspectors closed the old suspension bridge to heavy lorries after discovering corrosion in two support cables. ' +
    'Delivery companies must now take a detour of twelve kilometres through the industrial zone. ' +
    'Repairs are scheduled to begin in autumn and could last until the following summer.',
  festival:
    'Organisers of the folk music festival sold out all weekend passes within an hour of release. ' +
    'Performers from eleven countries will play on four stages across the riverside park. ' +
    'Residents near the park complained about noise last year, so the final concerts will end at ten.',
} as const;

export type ParagraphName = keyof typeof P;

/** Paragraphs joined by blank lines, as an article's text. */
export function article(...names: ParagraphName[]): string {
  return names.map((n) => P[n]).join('\n\n');
}

/** Tokenized and prepared. */
export function doc(text: string): AlignDocument {
  return prepareDocument(tokenize(text));
}
