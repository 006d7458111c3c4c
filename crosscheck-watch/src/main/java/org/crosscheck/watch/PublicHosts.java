package org.crosscheck.watch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Refuses hosts on the machine's own or private networks, for URLs users submit. Every address the name resolves
 * to is checked at every redirect hop. The HTTP client resolves the name again when it connects, so a hostile DNS
 * server that answers differently the second time is not stopped here; a deployment that takes URLs from the public
 * should also block local networks at its outbound proxy or firewall.
 */
final class PublicHosts {

    private PublicHosts() {
    }

    static void check(URI uri) throws FetchException {
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new FetchException(uri.toString(), "unknown host '" + uri.getHost() + "'", false);
        }
        for (InetAddress a : all) {
            if (local(a)) {
                throw new FetchException(uri.toString(), "refused: " + uri.getHost() + " is a local or private "
                        + "address (" + a.getHostAddress() + ")", true);
            }
        }
    }

    private static boolean local(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 || first == 100 && second >= 64 && second < 128 // carrier-grade NAT 100.64/10
                || first >= 240; // reserved and broadcast
    }
}
