package org.familysafeguarding.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

import io.restassured.RestAssured;

/**
 * Speaks HTTP/1.1 over a plain socket, for what ordinary clients will not send: a declared length
 * with no body, a chunked body, an oversized header.
 */
final class RawHttp {

    private RawHttp() {}

    /** Sends the head (CRLF line ends added) and body, and returns all the gateway answered until it closed. */
    static String exchange(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((head.replace("\n", "\r\n") + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return readAll(socket.getInputStream());
        }
    }

    /** A body in chunked transfer coding: chunks of {@code chunkSize} bytes, then the last chunk. */
    static byte[] chunked(int length, int chunkSize) {
        var out = new ByteArrayOutputStream();
        for (int sent = 0; sent < length; sent += chunkSize) {
            int size = Math.min(chunkSize, length - sent);
            out.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes("x".repeat(size).getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    private static String readAll(InputStream in) throws IOException {
        var received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            // Read until the gateway closes, or until a complete answer with a length has arrived.
            for (int n; (n = in.read(buffer)) != -1; ) {
                received.write(buffer, 0, n);
                if (complete(received.toString(StandardCharsets.ISO_8859_1))) {
                    break;
                }
            }
        } catch (SocketException closedAfterAnswering) {
            // what arrived before the reset is the answer
        }
        return received.toString(StandardCharsets.ISO_8859_1);
    }

    private static boolean complete(String response) {
        int headEnd = response.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            return false;
        }
        var length = java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)")
                .matcher(response.substring(0, headEnd));
        return length.find() && response.length() - headEnd - 4 >= Integer.parseInt(length.group(1));
    }
}
