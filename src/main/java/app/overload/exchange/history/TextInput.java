package app.overload.exchange.history;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a CSV, GPX or TCX file into the characters its writer meant. A byte-order mark says the
 * encoding and is dropped (Excel and some watches' software write one); failing that, an XML file's declaration
 * (encoding="ISO-8859-1") says it; failing both, UTF-8. Bytes that are not valid UTF-8 cost no file: each is read as
 * Windows Latin-1, which is what such files nearly always are, and counted so the reader can say so.
 */
final class TextInput {

    /** The encodings that go by a byte-order mark, with the mark's length. */
    private static final int UTF8_BOM = 3;
    private static final int UTF16_BOM = 2;
    private static final Pattern DECLARED = Pattern.compile("<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})"
            + "[\"']");
    private static final char[] LATIN = latin();

    private TextInput() {
    }

    /**
     * The encoding the first bytes of a file name or imply.
     *
     * @param bom      bytes of byte-order mark to skip
     * @param declared the encoding an XML declaration names, or null
     */
    record Sniffed(Charset charset, int bom, String declared) {
    }

    /** An encoding the file names that this computer cannot decode: the file is refused, in these words. */
    static final class Undecodable extends IOException {
        Undecodable(String encoding) {
            super("The file says it is written in the \"" + encoding + "\" character encoding, which Overload"
                    + " cannot read. Save it again as UTF-8.");
        }
    }

    static Sniffed sniff(byte[] head, int length, boolean xml) throws Undecodable {
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Sniffed(StandardCharsets.UTF_8, UTF8_BOM, null);
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Sniffed(StandardCharsets.UTF_16BE, UTF16_BOM, null);
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new Sniffed(StandardCharsets.UTF_16LE, UTF16_BOM, null);
        }
        if (length >= 4 && head[0] == '<' && head[1] == 0 && head[2] == '?' && head[3] == 0) {
            return new Sniffed(StandardCharsets.UTF_16LE, 0, null);
        }
        if (length >= 4 && head[0] == 0 && head[1] == '<' && head[2] == 0 && head[3] == '?') {
            return new Sniffed(StandardCharsets.UTF_16BE, 0, null);
        }
        if (xml) {
            Matcher m = DECLARED.matcher(new String(head, 0, Math.min(length, 512), StandardCharsets.ISO_8859_1));
            if (m.find()) {
                String name = m.group(1);
                return new Sniffed(charset(name), 0, name);
            }
        }
        return new Sniffed(StandardCharsets.UTF_8, 0, null);
    }

    private static Charset charset(String name) throws Undecodable {
        try {
            Charset c = Charset.forName(name);
            // a UTF-16 declaration without a mark has been read as UTF-8 up to here; ASCII-compatible ones only
            return c.name().startsWith("UTF-16") || c.name().startsWith("UTF-32") ? StandardCharsets.UTF_8 : c;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new Undecodable(name);
        }
    }

    /**
     * Opens {@code in} as text: looks at its first bytes, skips a byte-order mark, and decodes the rest.
     *
     * @param xml whether an XML declaration may name the encoding
     */
    static Decoding open(InputStream in, boolean xml) throws IOException {
        InputStream buffered = in.markSupported() ? in : new BufferedInputStream(in);
        buffered.mark(512);
        byte[] head = buffered.readNBytes(512);
        buffered.reset();
        Sniffed sniffed = sniff(head, head.length, xml);
        buffered.skipNBytes(sniffed.bom());
        return new Decoding(buffered, sniffed.charset());
    }

    /** Windows Latin-1 (cp1252) for every byte, its five gaps filled from ISO Latin-1. */
    private static char[] latin() {
        char[] table = new char[256];
        String iso = new String(allBytes(), StandardCharsets.ISO_8859_1);
        String windows;
        try {
            windows = new String(allBytes(), Charset.forName("windows-1252"));
        } catch (UnsupportedCharsetException e) {
            windows = iso;
        }
        for (int i = 0; i < 256; i++) {
            char w = windows.charAt(i);
            table[i] = w == '\uFFFD' ? iso.charAt(i) : w;
        }
        return table;
    }

    private static byte[] allBytes() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        return all;
    }

    /**
     * A reader that decodes strictly and, where the bytes are not valid in the file's encoding, reads each bad byte
     * as Windows Latin-1 instead of failing or writing a replacement character, counting where it did so.
     */
    static final class Decoding extends Reader {
        private static final int MIN_BYTES = 16;
        private final InputStream in;
        private final Charset charset;
        private final CharsetDecoder decoder;
        private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024);
        private final CharBuffer chars = CharBuffer.allocate(16 * 1024);
        private boolean eof;
        private boolean flushed;
        private long line = 1;
        private long firstBadLine;
        private int badBytes;

        Decoding(InputStream in, Charset charset) {
            this.in = in;
            this.charset = charset;
            this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            bytes.flip();
            chars.flip();
        }

        /** How many bytes were not valid in {@link #charset} and were read as Windows Latin-1. */
        int badBytes() {
            return badBytes;
        }

        /** The line the first such byte was on; 0 when there was none. */
        long firstBadLine() {
            return firstBadLine;
        }

        /** A sentence for the warnings when bytes had to be read another way; empty when none had to. */
        String note() {
            if (badBytes == 0) {
                return "";
            }
            return String.format(Locale.ROOT, "The file is not all valid %s: %d byte%s from line %d on %s read as"
                    + " Windows Latin-1, in which older Windows programs write letters such as ö and é. Check the"
                    + " names if they look wrong.", charset.displayName(Locale.ROOT), badBytes,
                    badBytes == 1 ? "" : "s", firstBadLine, badBytes == 1 ? "was" : "were");
        }

        @Override
        public int read(char[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!chars.hasRemaining() && !fill()) {
                return -1;
            }
            int n = Math.min(length, chars.remaining());
            chars.get(target, offset, n);
            return n;
        }

        /** Decodes the next characters into {@link #chars}; false at the end of the file. */
        private boolean fill() throws IOException {
            chars.clear();
            while (chars.position() == 0) {
                if (!eof && bytes.remaining() < MIN_BYTES) {
                    refill();
                }
                if (eof && !bytes.hasRemaining()) {
                    if (!flushed) {
                        decoder.decode(bytes, chars, true);
                        decoder.flush(chars);
                        flushed = true;
                    }
                    break;
                }
                CoderResult result = decoder.decode(bytes, chars, eof);
                if (result.isError()) {
                    if (chars.remaining() < result.length()) {
                        break;
                    }
                    if (firstBadLine == 0) {
                        firstBadLine = line + newlines(chars, 0, chars.position());
                    }
                    for (int i = 0; i < result.length(); i++) {
                        chars.put(LATIN[bytes.get() & 0xFF]);
                        badBytes++;
                    }
                } else if (result.isUnderflow() && !eof) {
                    refill();
                } else if (result.isOverflow()) {
                    break;
                }
            }
            line += newlines(chars, 0, chars.position());
            chars.flip();
            return chars.hasRemaining();
        }

        private void refill() throws IOException {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }

        private static int newlines(CharBuffer buffer, int from, int to) {
            int count = 0;
            for (int i = from; i < to; i++) {
                if (buffer.get(i) == '\n') {
                    count++;
                }
            }
            return count;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
