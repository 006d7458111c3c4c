package org.crosscheck.serve;

import java.util.Objects;

/**
 * How a server runs.
 *
 * @param host     the address to bind; 127.0.0.1 unless the operator chooses otherwise
 * @param port     the port, or 0 for any free one
 * @param readOnly refuse every write (405 with a JSON error)
 * @param keys     who may write
 * @param limits   sizes and rates
 */
public record ServeConfig(String host, int port, boolean readOnly, ApiKeys keys, Limits limits) {
    public ServeConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(limits, "limits");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
    }

    public static ServeConfig local(int port, ApiKeys keys) {
        return new ServeConfig("127.0.0.1", port, false, keys, Limits.defaults());
    }

    public ServeConfig withReadOnly(boolean ro) {
        return new ServeConfig(host, port, ro, keys, limits);
    }

    public ServeConfig withLimits(Limits l) {
        return new ServeConfig(host, port, readOnly, keys, l);
    }

    /**
     * Why a server cannot run with these options, or {@code null} when it can. A read-only server ingests nothing:
     * not from clients, and not from feeds it would watch itself, since a replica or a public mirror must not write
     * to the store it shares; feeds are watched by the one server that writes (or by {@code crosscheck watch}).
     */
    public static String usageProblem(boolean readOnly, boolean watching) {
        if (readOnly && watching) {
            return "--watch ingests the feeds' articles, which a --read-only server never does: watch the feeds in "
                    + "the server that writes (or with crosscheck watch), or drop --read-only";
        }
        return null;
    }
}
