package io.jenkins.plugins.planb;

import jakarta.mail.internet.MimeUtility;
import java.io.BufferedReader;
import java.io.UnsupportedEncodingException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Just enough SMTP on 127.0.0.1 to receive what Jenkins' Mailer sends (HELO/EHLO, MAIL, RCPT,
 * DATA, QUIT; no TLS, no AUTH), one connection at a time. Each message is kept with its
 * recipients and its raw text (headers and body, dot-unstuffed).
 */
final class TinySmtpServer implements AutoCloseable {

    record Mail(List<String> recipients, String data) {

        /** The Subject header, unfolded (Jakarta Mail folds long headers) and decoded (RFC 2047). */
        String subject() {
            String headers = data.substring(0, Math.max(0, data.indexOf("\r\n\r\n"))).replace("\r\n ", " ")
                    .replace("\r\n\t", " ");
            for (String line : headers.split("\r\n")) {
                if (line.startsWith("Subject: ")) {
                    try {
                        return MimeUtility.decodeText(line.substring("Subject: ".length()));
                    } catch (UnsupportedEncodingException e) {
                        throw new AssertionError(e);
                    }
                }
            }
            return null;
        }
    }

    private final ServerSocket socket;
    private final BlockingQueue<Mail> received = new LinkedBlockingQueue<>();
    private final Thread thread;

    TinySmtpServer() throws IOException {
        socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "tiny SMTP server");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** The next message, waiting up to {@code seconds}; null if none came. */
    Mail next(int seconds) throws InterruptedException {
        return received.poll(seconds, TimeUnit.SECONDS);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException e) {
                // closed, or the client hung up: wait for the next one
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = client.getOutputStream();
        reply(out, "220 localhost tiny SMTP");
        List<String> recipients = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line;
            switch (command) {
                case "EHLO", "HELO" -> reply(out, "250 localhost");
                case "MAIL" -> {
                    recipients.clear();
                    reply(out, "250 OK");
                }
                case "RCPT" -> {
                    recipients.add(line.substring(line.indexOf('<') + 1, line.lastIndexOf('>')));
                    reply(out, "250 OK");
                }
                case "DATA" -> {
                    reply(out, "354 go ahead");
                    StringBuilder data = new StringBuilder();
                    String dataLine;
                    while ((dataLine = in.readLine()) != null && !dataLine.equals(".")) {
                        data.append(dataLine.startsWith("..") ? dataLine.substring(1) : dataLine).append("\r\n");
                    }
                    received.add(new Mail(List.copyOf(recipients), data.toString()));
                    reply(out, "250 queued");
                }
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "250 OK");
            }
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
