/**
 * Wire copy and the papers that printed it, written for the tests (not taken from any corpus): a
 * court report from an agency, and the ways a newsroom reuses such a report — a sentence
 * condensed, a quote lifted whole into new text, sentences kept word for word beside rewritten
 * ones — and unrelated stories to fill a folder.
 */
export const WIRE = [
  'A retired ferry captain who steered his vessel onto the rocks off Carrow Point after drinking six pints of cider was jailed for two years yesterday at Exeter Crown Court.',
  'Malcolm Trewin, 61, of Harbour Lane, Penmarth, admitted endangering the lives of forty-two passengers on the night crossing in February.',
  'The court heard that Trewin had ignored two warnings from the coastguard before the hull struck the reef shortly after midnight.',
  'Judge Alison Kettering told him: "You gambled with the lives of every person on board and you lost only by the grace of the sea."',
  'Passengers were winched to safety by a rescue helicopter while lifeboat crews towed the damaged ferry back to port at first light.',
  'A spokesman for the ferry company said it had dismissed Trewin and reviewed its procedures for testing crews before every sailing.',
].join('\n');

/** The first wire sentence condensed: a paper keeps most of its words and drops the rest. */
export const CONDENSED = 'A ferry captain who steered his vessel onto the rocks after drinking six pints of cider was jailed for two years yesterday.';

/** The judge's words lifted whole into a paper's own story, nine words and more. */
export const QUOTE = 'You gambled with the lives of every person on board';

export const FILLER = [
  'The regional orchestra announced a winter season of twelve concerts in the restored corn exchange, with tickets on sale from Monday.',
  'Its new conductor, who trained in Leipzig, promised programmes mixing familiar symphonies with works by living composers.',
  'Season tickets will cost less than last year after a grant from the arts council covered the rent of the hall.',
  'Volunteers will run a creche during the Saturday matinees so that parents of young children can attend.',
].join('\n');
