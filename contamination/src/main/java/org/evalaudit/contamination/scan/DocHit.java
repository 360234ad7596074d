package org.evalaudit.contamination.scan;

import java.util.List;

/**
 * One line of {@code contaminated-docs.jsonl}: a document with at least one counted item match, what a
 * data team needs to drop or mask it.
 *
 * @param file corpus file
 * @param docId document id
 * @param url document url, or null
 * @param offset byte offset of the record in the file (row number for Parquet)
 * @param items ids of the items it matches, sorted
 * @param spans char spans {@code "start-end"} of the matched text in the document, sorted
 */
public record DocHit(String file, String docId, String url, long offset, List<String> items, List<String> spans) {
}
