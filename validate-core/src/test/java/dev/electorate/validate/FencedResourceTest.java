package dev.electorate.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The fenced resource turns lower tokens away; the proxy forwards, cuts and heals a link. */
class FencedResourceTest {

    @Test
    void aLowerTokenIsRejectedOverTheWireAndRecorded() throws Exception {
        EventLog log = new EventLog(new RunClock());
        try (FencedResource resource = new FencedResource(log)) {
            ClientChannel c0 = new ClientChannel(0, resource.port());
            ClientChannel c1 = new ClientChannel(1, resource.port());
            assertTrue(c0.write(3));
            assertTrue(c1.write(4));
            assertFalse(c0.write(3));
            assertTrue(c1.write(4));
            assertEquals(java.util.List.of(Event.Kind.WRITE_OK, Event.Kind.WRITE_OK, Event.Kind.WRITE_STALE, Event.Kind.WRITE_OK),
                    log.events().stream().map(Event::kind).toList());
        }
    }

    @Test
    void anUnfencedResourceAcceptsTheLateWriteAndTheCheckSeesTheTenuresInterleave() throws Exception {
        EventLog log = new EventLog(new RunClock());
        try (FencedResource resource = new FencedResource(log, false)) {
            assertTrue(resource.write(0, 3));
            assertTrue(resource.write(1, 4));
            assertTrue(resource.write(0, 3));
            assertEquals(1, FencingChecks.overlappingTenures(log.events()).size());
        }
    }

    @Test
    void aCutLinkClosesItsConnectionsAndRefusesNewOnesUntilHealed() throws Exception {
        try (ServerSocket echo = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> {
                while (true) {
                    try {
                        Socket s = echo.accept();
                        Thread t = new Thread(() -> {
                            try (s) {
                                s.getInputStream().transferTo(s.getOutputStream());
                            } catch (Exception ignored) {
                                // the test closed it
                            }
                        });
                        t.setDaemon(true);
                        t.start();
                    } catch (Exception closed) {
                        return;
                    }
                }
            });
            server.setDaemon(true);
            server.start();
            try (LinkProxy proxy = new LinkProxy(new InetSocketAddress(InetAddress.getLoopbackAddress(), echo.getLocalPort()))) {
                int port = Integer.parseInt(proxy.address().split(":")[1]);
                try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    assertEquals("hello", roundTrip(s, "hello"));
                    assertTrue(proxy.inUse());
                    proxy.cut();
                    assertEquals(null, roundTrip(s, "lost"));
                }
                try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    assertEquals(null, roundTrip(s, "refused"));
                }
                proxy.heal();
                try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    assertEquals("again", roundTrip(s, "again"));
                }
            }
        }
    }

    private static String roundTrip(Socket s, String line) {
        try {
            OutputStream out = s.getOutputStream();
            new PrintWriter(out, true, StandardCharsets.UTF_8).println(line);
            return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).readLine();
        } catch (Exception e) {
            return null;
        }
    }
}
