package org.khet.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Reads an OCDS release package as it arrives and checks it, holding a few characters and one member name at a time
 * however large the package is: the whole text must be one well-formed JSON object (strings, escapes, numbers,
 * literals, brackets), and its {@code releases} array is counted, with how many of its elements are objects naming
 * their own {@code id} and {@code ocid}. A parser library would be the bench module's only dependency, and a tree
 * parser would hold the whole package, which is what the measurement is about.
 */
final class ReleaseStream {

    /** What was read: bytes, releases, releases with {@code id} and {@code ocid}, and the first fault (null: none). */
    record Counted(long bytes, long releases, long named, String fault) {}

    private final CountingStream bytes;
    private final Reader in;
    private int next = -2;
    private long releases;
    private long named;

    private ReleaseStream(InputStream stream) {
        this.bytes = new CountingStream(stream);
        this.in = new java.io.BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Reads {@code stream} to its end (or its first fault) and answers what it held. */
    static Counted read(InputStream stream) {
        ReleaseStream s = new ReleaseStream(stream);
        String fault = null;
        try (stream) {
            s.space();
            if (s.peek() != '{') {
                throw s.fault("a package object");
            }
            s.object(true);
            s.space();
            if (s.peek() != -1) {
                throw s.fault("the end after the package");
            }
        } catch (IOException | IllegalStateException e) {
            fault = e.getMessage();
        }
        return new Counted(s.bytes.count, s.releases, s.named, fault);
    }

    /** Reads a member's value, knowing its name. */
    private interface Member {
        void read(String name) throws IOException;
    }

    /** Reads an element of an array. */
    private interface Element {
        void read() throws IOException;
    }

    /** An object; at the package's top, its {@code releases} member is read as the releases. */
    private void object(boolean top) throws IOException {
        members(name -> {
            if (top && name.equals("releases")) {
                elements(this::release);
            } else {
                value();
            }
        });
    }

    /** One element of {@code releases}: counted, and counted as named when it names its {@code id} and {@code ocid}. */
    private void release() throws IOException {
        releases++;
        if (peek() != '{') {
            value();
            return;
        }
        boolean[] found = new boolean[2];
        members(name -> {
            found[0] |= name.equals("id");
            found[1] |= name.equals("ocid");
            value();
        });
        named += found[0] && found[1] ? 1 : 0;
    }

    private void value() throws IOException {
        int c = peek();
        switch (c) {
            case '{' -> object(false);
            case '[' -> elements(this::value);
            case '"' -> string(false);
            case 't' -> word("true");
            case 'f' -> word("false");
            case 'n' -> word("null");
            default -> number();
        }
    }

    /** An object's members, each value read by {@code each}. */
    private void members(Member each) throws IOException {
        take('{');
        space();
        if (peek() == '}') {
            take('}');
            return;
        }
        do {
            String name = string(true);
            space();
            take(':');
            space();
            each.read(name);
        } while (more('}'));
    }

    /** An array's elements, each read by {@code each}. */
    private void elements(Element each) throws IOException {
        take('[');
        space();
        if (peek() == ']') {
            take(']');
            return;
        }
        do {
            each.read();
        } while (more(']'));
    }

    /** After a member or element: true at a comma (and the next value's start), false at {@code close}. */
    private boolean more(char close) throws IOException {
        space();
        int c = read();
        if (c == ',') {
            space();
            return true;
        }
        if (c == close) {
            return false;
        }
        throw fault("',' or '" + close + "'");
    }

    /** A string; its text is kept only when {@code keep} (member names, which are short). */
    private String string(boolean keep) throws IOException {
        take('"');
        StringBuilder text = keep ? new StringBuilder() : null;
        while (true) {
            int c = read();
            if (c == '"') {
                return keep ? text.toString() : "";
            }
            if (c < 0x20) {
                throw fault("a string's end");
            }
            if (c == '\\') {
                int e = read();
                if (e == 'u') {
                    for (int i = 0; i < 4; i++) {
                        if (Character.digit(read(), 16) < 0) {
                            throw fault("four hex digits");
                        }
                    }
                } else if ("\"\\/bfnrt".indexOf(e) < 0 || e < 0) {
                    throw fault("an escape");
                }
            } else if (keep) {
                text.append((char) c);
            }
        }
    }

    private void number() throws IOException {
        if (peek() == '-') {
            read();
        }
        if (digits() == 0) {
            throw fault("a value");
        }
        if (peek() == '.') {
            read();
            if (digits() == 0) {
                throw fault("a fraction");
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            read();
            if (peek() == '+' || peek() == '-') {
                read();
            }
            if (digits() == 0) {
                throw fault("an exponent");
            }
        }
    }

    private int digits() throws IOException {
        int n = 0;
        while (peek() >= '0' && peek() <= '9') {
            read();
            n++;
        }
        return n;
    }

    private void word(String word) throws IOException {
        for (char c : word.toCharArray()) {
            take(c);
        }
    }

    private void space() throws IOException {
        while (peek() == ' ' || peek() == '\n' || peek() == '\r' || peek() == '\t') {
            read();
        }
    }

    private void take(char expected) throws IOException {
        if (read() != expected) {
            throw fault("'" + expected + "'");
        }
    }

    private int peek() throws IOException {
        if (next == -2) {
            next = in.read();
        }
        return next;
    }

    private int read() throws IOException {
        int c = peek();
        next = -2;
        return c;
    }

    private IllegalStateException fault(String expected) {
        return new IllegalStateException(
                "not JSON: expected " + expected + " near byte " + bytes.count + " (after " + releases + " releases)");
    }

    /** Counts the bytes that pass, as they pass. */
    private static final class CountingStream extends java.io.FilterInputStream {

        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }
}
