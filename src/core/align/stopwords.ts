/**
 * English function words: they join a sentence together but say nothing about what it is about,
 * so two sentences sharing "the", "of" and "which" share nothing. The list is the usual one of
 * search engines (articles, pronouns, auxiliaries, prepositions, conjunctions) and deliberately
 * leaves out "us": the tokenizer folds "U.S." to "us", and in news text the country is far more
 * common than the pronoun. Words are in the tokenizer's normalized form (lower case, straight
 * apostrophes).
 */
const WORDS = `a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each either else ever every
few for from further had has have having he her here hers herself him himself his how however i if in
into is it its itself just may me might more most much must my myself neither no nor not now of off on
once only or other others our ours ourselves out over own same shall she should since so some such than
that the their theirs them themselves then there these they this those though through thus to too
under until up upon very was we were what when where whether which while who whom whose why will with
within without would yet you your yours yourself yourselves
i'm i've i'd i'll you're you've you'd you'll he's he'd he'll she's she'd she'll it's it'd it'll
we're we've we'd we'll they're they've they'd they'll that's there's here's what's who's let's
isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't shan't
shouldn't can't cannot couldn't mustn't mightn't needn't`;

const SET = new Set(WORDS.split(/\s+/).filter((w) => w.length > 0));

/** Whether a normalized word is a function word. Single letters count as function words too. */
export function isStopword(norm: string): boolean {
  return norm.length < 2 ? !/\d/.test(norm) : SET.has(norm);
}
