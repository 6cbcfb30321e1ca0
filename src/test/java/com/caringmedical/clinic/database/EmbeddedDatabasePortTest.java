package com.caringmedical.clinic.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The embedded PostgreSQL of dev and test never lands on a port where another server listens. */
class EmbeddedDatabasePortTest {

    @Test
    void devAndTestGetAPortNothingListensOn() throws Exception {
        for (String profile : new String[] { "dev", "test" }) {
            int port = Integer.parseInt(configIn(profile).getValue(EmbeddedDatabasePort.PROPERTY, String.class));
            assertTrue(port > 0 && port != 5432, profile + ": port " + port);
            try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
                assertEquals(port, probe.getLocalPort(), "the chosen port is free on 127.0.0.1");
            }
        }
    }

    @Test
    void theSamePortForEveryConfigurationOfOneStart() {
        assertEquals(configIn("test").getRawValue(EmbeddedDatabasePort.PROPERTY),
                configIn("test").getRawValue(EmbeddedDatabasePort.PROPERTY));
    }

    @Test
    void aPortSetInApplicationPropertiesWins() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withProfile("test").withSources(new EmbeddedDatabasePort())
                .withSources(new PropertiesConfigSource(Map.of(EmbeddedDatabasePort.PROPERTY, "15432"),
                        "application.properties", 250))
                .build();
        assertEquals("15432", config.getRawValue(EmbeddedDatabasePort.PROPERTY));
    }

    @Test
    void theProductionProfileGetsNothing() {
        Optional<String> port = configIn("prod").getOptionalValue(EmbeddedDatabasePort.PROPERTY, String.class);
        assertFalse(port.isPresent(), "prod has no embedded PostgreSQL: " + port);
    }

    private static SmallRyeConfig configIn(String profile) {
        return new SmallRyeConfigBuilder().withProfile(profile).withSources(new EmbeddedDatabasePort()).build();
    }
}
