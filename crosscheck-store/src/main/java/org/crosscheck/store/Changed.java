package org.crosscheck.store;

import org.crosscheck.api.Article;

/** An article whose row a committed write created or replaced, with its new change sequence number. */
record Changed(Article article, long seq) {
}
