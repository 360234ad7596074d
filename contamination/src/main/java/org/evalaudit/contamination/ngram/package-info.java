/**
 * 64-bit n-gram hashing over canonical term hashes, and the in-memory index from n-gram hashes to
 * (item, field, position) that the scanner probes: blocked Bloom filters (of the n-grams, and of their
 * (n-1)-gram seeds, probed at every other position) in front of a sorted posting table with a radix
 * directory, all in primitive arrays.
 */
package org.evalaudit.contamination.ngram;
