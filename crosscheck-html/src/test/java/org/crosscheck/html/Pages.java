package org.crosscheck.html;

/** Small fictional pages for the tests: the shapes of real news templates with invented text. */
final class Pages {
    private Pages() {
    }

    static final String[] PARAGRAPHS = {
        "The harbour authority of Valmora said on Tuesday that dock workers would strike for three days, after talks"
            + " over night-shift pay broke down late on Monday evening.",
        "About 2,500 workers are expected to walk out, according to the union, which says wages have not kept pace"
            + " with prices in the port town since the new terminal opened.",
        "Ferries to the outer islands will run on a reduced timetable, the operator said, and freight will be held"
            + " at the quay until the dispute is settled, or until a mediator is appointed.",
        "\"We have waited long enough,\" said Ilse Marren, the union's local secretary, speaking outside the gates"
            + " of the container yard, where pickets had gathered before dawn.",
    };

    /** A news article in a typical template: navigation, share bar, related links, comments, footer. */
    static String article() {
        StringBuilder body = new StringBuilder();
        for (String p : PARAGRAPHS) {
            body.append("<p>").append(p).append("</p>\n");
        }
        return """
            <!DOCTYPE html>
            <html lang="en-GB"><head><meta charset="utf-8">
            <title>Dock workers to strike in Valmora | The Valmora Courier</title>
            <meta property="og:title" content="Dock workers to strike in Valmora">
            <meta property="og:site_name" content="The Valmora Courier">
            <meta name="author" content="Petra Lindqvist">
            <meta property="article:published_time" content="2031-10-14T08:30:00+02:00">
            <link rel="canonical" href="https://courier.example/news/dock-strike">
            </head><body>
            <header class="site-header"><a href="/">The Valmora Courier</a>
              <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
              <li><a href="/weather">Weather</a></li></ul></nav></header>
            <div class="cookie-banner">We use cookies to improve your experience, as described in our policy, which
              you accept by continuing to browse, read, or otherwise use this site.</div>
            <main><article>
              <h1>Dock workers to strike in Valmora</h1>
              <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
              <div class="article-body">
            """ + body + """
              </div>
              <div class="related-articles"><h3>Related</h3><ul>
                <li><a href="/a">Ferry fares to rise, council confirms, after long and heated debate</a></li>
                <li><a href="/b">New terminal opens, bringing hopes of jobs, growth, and more visitors</a></li>
              </ul></div>
            </article>
            <section id="comments" class="comments"><h3>Comments</h3>
              <div class="comment"><p>Reader42: This is outrageous, the port should pay more, and pay it now, I say,
                before the whole town grinds to a halt.</p></div></section>
            </main>
            <aside class="sidebar"><h3>Most read</h3><p>Mayor opens the summer festival, with music, food, and
              fireworks planned for the whole weekend.</p></aside>
            <footer><p>Copyright 2031 The Valmora Courier. All rights reserved, including the right to reproduce,
              distribute, or translate.</p></footer>
            <script>var tracking = "Dock workers are reading this, with interest, and clicking, a lot";</script>
            </body></html>
            """;
    }
}
