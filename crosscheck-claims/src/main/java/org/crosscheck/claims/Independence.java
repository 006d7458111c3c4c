package org.crosscheck.claims;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.api.Claim;
import org.crosscheck.api.SourceKind;
import org.crosscheck.api.state.SourceContext;

/**
 * Which claims of a group are independent reports. Five articles repeating one wire story are one source, not
 * five: a copy of another member does not count, and claims relayed from one outlet ("CNN reported") count as that
 * outlet however many articles relay it. Two pieces from one outlet count once too.
 */
record Independence(Map<String, SourceContext> contexts) {

    static Independence of(Collection<SourceContext> sources) {
        Map<String, SourceContext> m = new HashMap<>();
        if (sources != null) {
            for (SourceContext s : sources) {
                if (s != null && s.article() != null) {
                    m.putIfAbsent(s.article(), s);
                }
            }
        }
        return new Independence(Map.copyOf(m));
    }

    /** Who a claim really comes from: the relayed outlet, else the publishing outlet, else the article. */
    String sourceKey(Claim c) {
        if (c.attribution() != null && c.attribution().kind() == SourceKind.OUTLET) {
            return "outlet:" + norm(c.attribution().source());
        }
        SourceContext ctx = contexts.get(c.article());
        if (ctx != null && ctx.relays().size() == 1) {
            return "outlet:" + norm(ctx.relays().get(0));
        }
        if (ctx != null && ctx.outlet() != null && !ctx.outlet().isBlank()) {
            return "outlet:" + norm(ctx.outlet());
        }
        return "article:" + c.article();
    }

    /** Whether an article copies another article that is itself among {@code articles}. */
    boolean isCopyWithin(String article, Set<String> articles) {
        SourceContext ctx = contexts.get(article);
        return ctx != null && ctx.duplicateOf() != null && !ctx.duplicateOf().equals(article)
                && articles.contains(ctx.duplicateOf());
    }

    /** The number of independent sources behind some claims. */
    int count(List<Claim> claims) {
        Set<String> articles = new LinkedHashSet<>();
        claims.forEach(c -> articles.add(c.article()));
        Set<String> keys = new LinkedHashSet<>();
        for (Claim c : claims) {
            if (!isCopyWithin(c.article(), articles)) {
                keys.add(sourceKey(c));
            }
        }
        return keys.size();
    }

    /** The outlet name of an article, when its context gives one. */
    String outlet(String article) {
        SourceContext ctx = contexts.get(article);
        return ctx == null ? null : ctx.outlet();
    }

    private static String norm(String s) {
        String t = s == null ? "" : s.toLowerCase(Locale.ROOT).strip();
        return t.startsWith("the ") ? t.substring(4) : t;
    }
}
