package app.overload.exchange.history;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Streams the rows of a CSV export through Jackson's CSV parser, one row at a time, with the line each row starts
 * on (quoted notes may span lines, so counting rows would name the wrong line). The separator is read from the
 * header: whichever of comma, semicolon or tab occurs most outside quotes. The text is decoded by
 * {@link TextInput}: a byte-order mark is dropped, and bytes that are not UTF-8 are read as Windows Latin-1 with a
 * warning.
 */
final class CsvRows {

    /** Receives each row; the header is row one. */
    @FunctionalInterface
    interface RowHandler {
        void row(long line, List<String> cells);
    }

    private static final CsvFactory FACTORY = new CsvFactory();
    private static final int HEADER_PEEK = 64 * 1024;

    private CsvRows() {
    }

    /**
     * Reads every row. The row the file breaks off in goes to {@code broken} instead of {@code rows}, with only the
     * cells that were whole: the row a broken quote opens (then an IOException naming the line ends the read), or a
     * last row that stops short of the header's width with no line break after it, which is how a file cut off
     * while being copied ends. A last row that merely lacks its line break is whole, and read as one.
     */
    static void read(InputStream in, RowHandler rows, RowHandler broken, Changes changes) throws IOException {
        TextInput.Decoding decoding = TextInput.open(in, false);
        try {
            read(decoding, rows, broken);
        } finally {
            if (decoding.badBytes() > 0) {
                changes.at(decoding.firstBadLine(), decoding.note());
            }
        }
    }

    private static void read(TextInput.Decoding decoding, RowHandler rows, RowHandler broken) throws IOException {
        BufferedReader reader = new BufferedReader(decoding, HEADER_PEEK);
        reader.mark(HEADER_PEEK);
        char separator = separatorOf(firstLine(reader));
        reader.reset();
        LastChar text = new LastChar(reader);
        try (CsvParser parser = FACTORY.createParser(text)) {
            parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator));
            parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            // Each row is passed on only once the next one starts, so the last one can still be judged at the end.
            List<String> cells = new ArrayList<>();
            long line = 0;
            List<String> held = null;
            long heldLine = 0;
            int width = -1;
            try {
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    if (token == JsonToken.START_ARRAY) {
                        cells = new ArrayList<>();
                        line = parser.currentLocation().getLineNr(); // the token location lags one row behind here
                    } else if (token == JsonToken.END_ARRAY) {
                        if (held != null) {
                            rows.row(heldLine, held);
                        }
                        held = cells;
                        heldLine = line;
                        width = width < 0 ? cells.size() : width;
                        cells = new ArrayList<>();
                    } else if (token.isScalarValue()) {
                        cells.add(parser.getText());
                    }
                }
            } catch (IOException e) {
                if (held != null) {
                    rows.row(heldLine, held);
                }
                broken.row(line, cells);
                throw e;
            }
            if (held == null) {
                return;
            }
            if (!text.endsLine() && held.size() < width) {
                broken.row(heldLine, held.subList(0, Math.max(0, held.size() - 1))); // its last cell may be cut too
            } else {
                rows.row(heldLine, held);
            }
        }
    }

    private static String firstLine(BufferedReader reader) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = reader.read()) >= 0 && c != '\n' && sb.length() < HEADER_PEEK - 1) {
            sb.append((char) c);
        }
        return sb.toString();
    }

    static char separatorOf(String header) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char ch = header.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                comma += ch == ',' ? 1 : 0;
                semicolon += ch == ';' ? 1 : 0;
                tab += ch == '\t' ? 1 : 0;
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        return tab > comma ? '\t' : ',';
    }

    /** Remembers the last character read, to tell a file that ends with a line break from one cut off mid-line. */
    private static final class LastChar extends FilterReader {
        private int last = -1;

        LastChar(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                last = c;
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                last = buffer[offset + n - 1];
            }
            return n;
        }

        boolean endsLine() {
            return last == '\n' || last == '\r';
        }
    }
}
