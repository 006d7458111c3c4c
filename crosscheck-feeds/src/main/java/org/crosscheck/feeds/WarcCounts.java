package org.crosscheck.feeds;

/**
 * What reading one WARC file found, record by record, so a run summary can say why an archive of 10,000 records
 * gave 300 articles (the rest were images, scripts, redirects and revisits), which per-record problems would only
 * drown.
 *
 * @param records    records read whole, of any type (a record the archive breaks in is counted in {@code failed})
 * @param articles   articles produced
 * @param revisits   {@code revisit} records (deduplicated captures carry no payload)
 * @param otherTypes {@code warcinfo}, {@code request}, {@code metadata}, {@code resource} and other record types
 * @param nonHtml    responses whose payload is not HTML (images, scripts, styles, DNS, PDFs)
 * @param notOk      HTML responses with an HTTP status other than 200 (redirects, errors)
 * @param noText     HTML pages the extractor found no article in
 * @param failed     records that could not be read (the last one, when the archive is cut short)
 */
public record WarcCounts(int records, int articles, int revisits, int otherTypes, int nonHtml, int notOk, int noText,
                         int failed) {

    /** Nothing read yet: the start of a sum over archives. */
    public static final WarcCounts NONE = new WarcCounts(0, 0, 0, 0, 0, 0, 0, 0);

    /** What two readings found together, for a summary over many archives. */
    public WarcCounts plus(WarcCounts o) {
        return new WarcCounts(records + o.records, articles + o.articles, revisits + o.revisits,
                otherTypes + o.otherTypes, nonHtml + o.nonHtml, notOk + o.notOk, noText + o.noText, failed + o.failed);
    }

    /** The records that were skipped on purpose, in words: "3 non-HTML, 1 revisit, 2 other records skipped". */
    public String skippedSummary() {
        return nonHtml + " non-HTML, " + notOk + " non-200, " + revisits + " revisit, " + otherTypes
                + " warcinfo/request/metadata records skipped";
    }
}
