/**
 * The alignment options of the PAN text-alignment task. PAN scores planted passages: every
 * detection counts once in precision, whatever its length, and the planted cases are never short
 * (the shortest of the 2013 training cases are 15 to 30 words). So the task is run with the
 * shortest passage at 20 words and without two kinds of result that are not claims of a planted
 * passage: paraphrases (single sentences stating the same fact) and short lifted text (a
 * quote of eight words, a condensed sentence, which is what newsroom reuse looks like and is
 * measured on METER). Everything else is the app's defaults. The CLI's options override these.
 */
import type { AlignOptions } from '../../shared/comparison';

export const PAN_TASK_OPTIONS: Partial<AlignOptions> = { paraphrase: false, lifted: false, minWords: 20 };
