package com.caringmedical.clinic.web.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which addresses the service may connect to: public ones, and private ones an operator listed. */
class OutboundAddressTest {

    private static final OutboundAddress.AllowedHosts NONE =
            new OutboundAddress.AllowedHosts(List.of(), "clinic.import.allowed-hosts");
    private static final OutboundAddress.AllowedHosts LOOPBACK =
            new OutboundAddress.AllowedHosts(List.of("127.0.0.1"), "clinic.import.allowed-hosts");

    private static OutboundAddress.Resolver resolvingTo(String... addresses) {
        return host -> {
            InetAddress[] resolved = new InetAddress[addresses.length];
            for (int i = 0; i < addresses.length; i++) {
                resolved[i] = InetAddress.getByName(addresses[i]);
            }
            return resolved;
        };
    }

    @Test
    void aSiteOnAPublicAddressIsReadAtTheAddressItResolvedTo() {
        OutboundAddress address = OutboundAddress.resolve(URI.create("https://www.clinic.example/blog/"), NONE,
                resolvingTo("93.184.216.34"));
        assertThat(address.address().getHostAddress()).isEqualTo("93.184.216.34");
        assertThat(address.port()).isEqualTo(443);
        assertThat(address.secure()).isTrue();
    }

    @Test
    void privateLoopbackLinkLocalAndOtherInsideAddressesAreRefused() {
        for (String inside : List.of("127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.20", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fd00::5", "::ffff:10.0.0.1", "64:ff9b::a00:1", "64:ff9b:1::5", "2002:a00:1::1", "224.0.0.1",
                "255.255.255.255")) {
            assertThatThrownBy(() -> OutboundAddress.resolve(URI.create("http://wordpress.clinic.example/"), NONE,
                    resolvingTo(inside)))
                    .as(inside).isInstanceOf(OutboundAddress.Refused.class)
                    .hasMessageContaining("private, loopback or link-local")
                    .hasMessageContaining("clinic.import.allowed-hosts");
        }
    }

    @Test
    void oneInsideAddressAmongPublicOnesIsEnoughToRefuse() {
        assertThatThrownBy(() -> OutboundAddress.resolve(URI.create("http://mixed.clinic.example/"), NONE,
                resolvingTo("93.184.216.34", "10.0.0.7")))
                .isInstanceOf(OutboundAddress.Refused.class).hasMessageContaining("10.0.0.7");
    }

    @Test
    void aNat64Or6to4AddressIsJudgedByTheIpv4AddressItLeadsTo() {
        assertThat(OutboundAddress.isPublic(addressOf("64:ff9b::5db8:d822"))).as("93.184.216.34 by NAT64").isTrue();
        assertThat(OutboundAddress.isPublic(addressOf("2002:5db8:d822::1"))).as("93.184.216.34 by 6to4").isTrue();
        assertThat(OutboundAddress.isPublic(addressOf("2002:c0a8:0101::1"))).as("192.168.1.1 by 6to4").isFalse();
    }

    @Test
    void aPortThatCannotBeIsRefused() {
        for (String address : List.of("https://hooks.clinic.example:70000/", "http://hooks.clinic.example:0/")) {
            assertThatThrownBy(() -> OutboundAddress.resolve(URI.create(address), NONE, resolvingTo("93.184.216.34")))
                    .as(address).isInstanceOf(OutboundAddress.Refused.class).hasMessageContaining("port");
        }
    }

    private static InetAddress addressOf(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void aListedHostMayBeInside() {
        OutboundAddress address = OutboundAddress.resolve(URI.create("http://127.0.0.1:8081/"), LOOPBACK,
                resolvingTo("127.0.0.1"));
        assertThat(address.port()).isEqualTo(8081);
        assertThatThrownBy(() -> OutboundAddress.resolve(URI.create("http://localhost:8081/"), LOOPBACK,
                resolvingTo("127.0.0.1")))
                .as("the list names hosts as written, so localhost is not 127.0.0.1")
                .isInstanceOf(OutboundAddress.Refused.class);
    }

    @Test
    void onlyHttpAndHttpsWithAHostAndNoUserName() {
        for (String address : List.of("ftp://clinic.example/", "file:///etc/passwd", "gopher://clinic.example/",
                "http://user:secret@clinic.example/", "http:///path")) {
            assertThatThrownBy(() -> OutboundAddress.resolve(URI.create(address), NONE, resolvingTo("93.184.216.34")))
                    .as(address).isInstanceOf(OutboundAddress.Refused.class);
        }
    }

    @Test
    void anUnknownHostIsRefusedInWords() {
        assertThatThrownBy(() -> OutboundAddress.resolve(URI.create("https://nowhere.invalid/"), NONE, host -> {
            throw new UnknownHostException(host);
        })).isInstanceOf(OutboundAddress.Refused.class).hasMessage("the host 'nowhere.invalid' is not known");
    }

    @Test
    void publicAddressesOfBothFamiliesArePublic() throws UnknownHostException {
        assertThat(OutboundAddress.isPublic(InetAddress.getByName("8.8.8.8"))).isTrue();
        assertThat(OutboundAddress.isPublic(InetAddress.getByName("2606:4700:4700::1111"))).isTrue();
        assertThat(OutboundAddress.isPublic(InetAddress.getByName("2001:db8::1"))).as("documentation range").isFalse();
    }
}
