package com.caringmedical.clinic.web.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.netty.util.NetUtil;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * Who sent a request, for rate limits and logs, and whether it came over HTTPS, believing {@code X-Forwarded-For}
 * and {@code X-Forwarded-Proto} only from the proxies in {@code clinic.http.trusted-proxies}.
 * <p>
 * A proxy appends the address it received the request from to {@code X-Forwarded-For}, so everything left of the
 * entries written by trusted proxies was written by the client and proves nothing. The client is therefore the
 * rightmost address that is not a trusted proxy, found by walking from the TCP peer leftwards through the header
 * while each hop is trusted. An entry that is not an IP address (such as {@code unknown}) ends the walk at the
 * trusted hop that passed it on. Entries are parsed as literals only: no name is ever looked up.
 */
@ApplicationScoped
public class TrustedProxies {

    static final String FORWARDED_FOR = "X-Forwarded-For";
    static final String FORWARDED_PROTO = "X-Forwarded-Proto";

    private final List<Network> trusted;

    @Inject
    TrustedProxies(HttpConfig config) {
        this(config.trustedProxies());
    }

    /** Trusting these addresses and CIDR ranges. */
    TrustedProxies(List<String> trusted) {
        this.trusted = trusted.stream().map(Network::parse).toList();
    }

    /** The client's address: the TCP peer, or the rightmost untrusted address the trusted proxies forwarded. */
    public InetAddress clientAddress(HttpServerRequest request) {
        return clientAddress(peer(request), forwardedFor(request));
    }

    /** The client of a request from {@code peer} carrying these X-Forwarded-For entries, left to right. */
    InetAddress clientAddress(InetAddress peer, List<String> forwarded) {
        InetAddress hop = peer;
        if (!isTrusted(hop)) {
            return hop;
        }
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            Optional<InetAddress> next = literal(forwarded.get(i));
            if (next.isEmpty()) {
                return hop;
            }
            hop = next.get();
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return hop;
    }

    /** Whether the request came over TLS: to this service, or to a trusted proxy that says so. */
    public boolean isHttps(HttpServerRequest request) {
        if (request.isSSL()) {
            return true;
        }
        String proto = request.getHeader(FORWARDED_PROTO);
        // The proxy that faces the client writes the first value; the ones behind it may add theirs.
        return proto != null && proto.split(",", 2)[0].strip().equalsIgnoreCase("https") && isTrusted(peer(request));
    }

    private boolean isTrusted(InetAddress address) {
        byte[] bytes = address.getAddress();
        return trusted.stream().anyMatch(network -> network.contains(bytes));
    }

    /** The TCP peer; a peer without an IP address (a Unix domain socket) is on this machine. */
    private static InetAddress peer(HttpServerRequest request) {
        SocketAddress peer = request.connection().remoteAddress();
        return Optional.ofNullable(peer == null ? null : peer.hostAddress()).flatMap(TrustedProxies::literal)
                .orElse(InetAddress.getLoopbackAddress());
    }

    /** Every X-Forwarded-For entry, in order, however many header lines carry them. */
    private static List<String> forwardedFor(HttpServerRequest request) {
        List<String> entries = new ArrayList<>();
        for (String line : request.headers().getAll(FORWARDED_FOR)) {
            for (String entry : line.split(",")) {
                entries.add(entry.strip());
            }
        }
        return entries;
    }

    /**
     * An IP address written as a literal: {@code 192.0.2.1}, {@code 2001:db8::1}, also with brackets or a port
     * as some proxies write them ({@code [2001:db8::1]:4711}, {@code 192.0.2.1:4711}). Anything else is empty.
     */
    static Optional<InetAddress> literal(String text) {
        String address = text.strip();
        if (address.startsWith("[")) {
            int close = address.indexOf(']');
            address = close > 0 ? address.substring(1, close) : address;
        } else if (address.indexOf(':') > 0 && address.indexOf(':') == address.lastIndexOf(':')) {
            address = address.substring(0, address.indexOf(':')); // IPv4 with a port
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(bytes)); // no lookup: the bytes are the address
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** A trusted address or CIDR range: {@code 10.0.0.0/8}, {@code 127.0.0.1}, {@code [::1]}, {@code fd00::/8}. */
    record Network(byte[] prefix, int bits) {

        static Network parse(String text) {
            String[] parts = text.strip().split("/", 2);
            byte[] address = literal(parts[0]).map(InetAddress::getAddress).orElseThrow(() -> new IllegalArgumentException(
                    "clinic.http.trusted-proxies: '" + text + "' is not an IP address or CIDR range (host names are "
                            + "not accepted: each request would wait for a DNS lookup)"));
            int bits = address.length * 8;
            if (parts.length == 2) {
                try {
                    bits = Integer.parseInt(parts[1].strip());
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > address.length * 8) {
                    throw new IllegalArgumentException("clinic.http.trusted-proxies: '" + text
                            + "' has a prefix length outside 0 to " + address.length * 8);
                }
            }
            return new Network(address, bits);
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            int mask = 0xff << (8 - rest) & 0xff;
            return rest == 0 || (address[whole] & mask) == (prefix[whole] & mask);
        }
    }
}
