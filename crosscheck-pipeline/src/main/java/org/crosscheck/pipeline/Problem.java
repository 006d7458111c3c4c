package org.crosscheck.pipeline;

/**
 * A stage that failed on one article. The article still goes through the remaining stages with that stage's
 * findings left empty, and the run reports the problem in its summary.
 *
 * @param article the article id
 * @param origin  where the article was read from
 * @param stage   the stage that failed
 * @param message what went wrong, with the exception's class
 */
public record Problem(String article, String origin, String stage, String message) {
    @Override
    public String toString() {
        return (origin == null ? article : origin) + ": " + stage + " failed on article '" + article + "': " + message;
    }
}
