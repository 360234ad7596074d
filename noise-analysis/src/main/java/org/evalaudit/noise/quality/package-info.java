/**
 * Item quality that needs no model answers (sin 2): exact duplicates after normalisation, with whether
 * their golds agree; malformed items (empty or very short text, a URL or code where a question should be,
 * replacement characters and mojibake, repeated or empty choices, a gold outside the choices); and the
 * textual cues of an item that label-error studies point at (negations, "all/none of the above",
 * near-identical choices). Near duplicates belong to the contamination module, which owns the tokenizer.
 */
package org.evalaudit.noise.quality;
