package com.caringmedical.clinic.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The client behind trusted proxies is the rightmost X-Forwarded-For address that is not one of them: whatever a
 * client writes to the left of what the proxies appended proves nothing. Here the load balancer is 10.0.0.0/8 and a
 * CDN in front of it 192.0.2.0/24.
 */
class TrustedProxiesTest {

    private final TrustedProxies proxies = new TrustedProxies(List.of("127.0.0.1", "[::1]", "10.0.0.0/8",
            "192.0.2.0/24", "2001:db8:ffff::/48"));

    @ParameterizedTest(name = "from {0} with X-Forwarded-For [{1}] -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            203.0.113.9 |                                          | 203.0.113.9
            203.0.113.9 | 198.51.100.1                             | 203.0.113.9
            10.0.0.1    |                                          | 10.0.0.1
            10.0.0.1    | 203.0.113.9                              | 203.0.113.9
            10.0.0.1    | 198.51.100.77, 203.0.113.9               | 203.0.113.9
            10.0.0.1    | 198.51.100.77, 203.0.113.9, 192.0.2.10   | 203.0.113.9
            10.0.0.1    | 203.0.113.9, 192.0.2.10                  | 203.0.113.9
            10.0.0.1    | 10.1.1.1, 10.0.0.2                       | 10.1.1.1
            10.0.0.1    | unknown                                  | 10.0.0.1
            10.0.0.1    | 203.0.113.9, unknown, 192.0.2.10         | 192.0.2.10
            10.0.0.1    | 999.999.999.999, ::z                     | 10.0.0.1
            10.0.0.1    | 203.0.113.9:4711                         | 203.0.113.9
            10.0.0.1    | [2001:db8::1]:4711                       | 2001:db8::1
            10.0.0.1    | 2001:db8::1, 2001:db8:ffff::5            | 2001:db8::1
            ::1         | 203.0.113.9                              | 203.0.113.9
            10.0.0.1    | ::ffff:203.0.113.9                       | 203.0.113.9
            10.0.0.1    | localhost                                | 10.0.0.1
            """)
    void theClientIsTheRightmostAddressNoTrustedProxyWrote(String peer, String forwardedFor, String client)
            throws Exception {
        List<String> entries = forwardedFor == null ? List.of() : List.of(forwardedFor.split(","));
        assertEquals(InetAddress.getByName(client), proxies.clientAddress(InetAddress.getByName(peer), entries));
    }

    @ParameterizedTest
    @ValueSource(strings = { "198.51.100.1", "198.51.100.200", "198.51.100.33" })
    void rotatingTheLeftmostEntryDoesNotChangeTheClient(String chosenByTheClient) throws Exception {
        InetAddress client = proxies.clientAddress(InetAddress.getByName("10.0.0.1"),
                List.of(chosenByTheClient, "203.0.113.9", "192.0.2.10"));
        assertEquals(InetAddress.getByName("203.0.113.9"), client);
    }

    @ParameterizedTest
    @ValueSource(strings = { "proxy.internal", "10.0.0.0/33", "10.0.0.0/x", "::1/129", "" })
    void aTrustedProxyMustBeAnAddressOrRange(String setting) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new TrustedProxies(List.of(setting)));
        assertTrue(refused.getMessage().startsWith("clinic.http.trusted-proxies: '" + setting + "'"),
                refused.getMessage());
    }
}
