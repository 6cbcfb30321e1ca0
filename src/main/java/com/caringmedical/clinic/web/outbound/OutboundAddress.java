package com.caringmedical.clinic.web.outbound;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the service may connect when it reads or calls an address someone gave it (a WordPress import, a webhook):
 * an http or https address whose host resolves to public addresses only, unless the host is one an operator
 * allowed. The address is resolved once, here, and the connection goes to exactly that address, so a name that
 * resolves elsewhere a moment later (DNS rebinding) cannot lead it inside.
 */
public record OutboundAddress(URI uri, InetAddress address) {

    /** Why an address is refused, in words for the one who gave it. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /**
     * The hosts an operator allowed although they resolve inside (private, loopback, link-local), and the setting
     * that lists them, which a refusal names.
     */
    public record AllowedHosts(List<String> hosts, String setting) {
    }

    /** The address to connect to for {@code uri}; {@link Refused} when it is not one the service may connect to. */
    public static OutboundAddress resolve(URI uri, AllowedHosts allowedHosts, Resolver resolver) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Refused("only http and https addresses are allowed, not '" + uri + "'");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank() || uri.getRawUserInfo() != null) {
            throw new Refused("'" + uri + "' names no host, or carries a user name");
        }
        if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65535)) {
            throw new Refused("'" + uri + "' names no port there is");
        }
        String bareHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        boolean allowed = allowedHosts.hosts().stream().anyMatch(listed -> listed.equalsIgnoreCase(bareHost));
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bareHost);
        } catch (UnknownHostException e) {
            throw new Refused("the host '" + bareHost + "' is not known");
        }
        if (addresses.length == 0) {
            throw new Refused("the host '" + bareHost + "' is not known");
        }
        if (!allowed) {
            Optional<InetAddress> inside = Arrays.stream(addresses).filter(address -> !isPublic(address)).findFirst();
            if (inside.isPresent()) {
                throw new Refused("the host '" + bareHost + "' is on a private, loopback or link-local address ("
                        + inside.get().getHostAddress() + "); an operator may allow it in " + allowedHosts.setting());
            }
        }
        return new OutboundAddress(uri, addresses[0]);
    }

    /** A full address as a normalized URI; {@link Refused} when it is not one. */
    public static URI parse(String text) {
        try {
            URI uri = new URI(text.strip());
            if (!uri.isAbsolute()) {
                throw new Refused("'" + text + "' is not a full address");
            }
            return uri.normalize();
        } catch (URISyntaxException e) {
            throw new Refused("'" + text + "' is not an address");
        }
    }

    public int port() {
        return uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    public boolean secure() {
        return uri.getScheme().equalsIgnoreCase("https");
    }

    /** Whether an address is on the public internet: not loopback, private, link-local, shared, reserved... */
    public static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first != 0 // this network
                    && !(first == 100 && second >= 64 && second <= 127) // shared address space (carrier NAT)
                    && !(first == 192 && second == 0 && (bytes[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved, and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = bytes[0] & 0xff;
            if ((first & 0xfe) == 0xfc) { // unique local fc00::/7
                return false;
            }
            if (isMappedOrCompatible(bytes) || isWellKnownNat64(bytes)) { // ::ffff:10.0.0.1, 64:ff9b::10.0.0.1
                return isPublicIpv4(Arrays.copyOfRange(bytes, 12, 16));
            }
            if (bytes[0] == 0 && bytes[1] == 0x64 && (bytes[2] & 0xff) == 0xff && (bytes[3] & 0xff) == 0x9b) {
                return false; // a local-use NAT64 prefix (64:ff9b:1::/48): it leads to the network's own IPv4
            }
            if (first == 0x20 && bytes[1] == 0x02) { // 6to4 2002::/16 carries an IPv4 address in bytes 2 to 5
                return isPublicIpv4(Arrays.copyOfRange(bytes, 2, 6));
            }
            return !(first == 0x20 && (bytes[1] & 0xff) == 0x01 && bytes[2] == 0x0d && (bytes[3] & 0xff) == 0xb8);
        }
        return false;
    }

    private static boolean isPublicIpv4(byte[] bytes) {
        try {
            return isPublic(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** 64:ff9b::/96, where a NAT64 gateway reaches the IPv4 address in the last four bytes. */
    private static boolean isWellKnownNat64(byte[] bytes) {
        if (bytes[0] != 0 || bytes[1] != 0x64 || (bytes[2] & 0xff) != 0xff || (bytes[3] & 0xff) != 0x9b) {
            return false;
        }
        for (int i = 4; i < 12; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMappedOrCompatible(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] == 0 && bytes[11] == 0) || (bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff);
    }

    /** Name resolution, replaceable in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;

        Resolver SYSTEM = InetAddress::getAllByName;
    }
}
