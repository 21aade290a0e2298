package app.overload.exchange.history;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Streams the rows of a CSV export through Jackson's CSV parser, one row at a time, with the line each row starts
 * on (quoted notes may span lines, so counting rows would name the wrong line). The separator is read from the
 * header: whichever of comma, semicolon or tab occurs most outside quotes.
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

    /** Reads every row; a broken quote or similar ends the file with an IOException naming the line. */
    static void read(InputStream in, RowHandler handler) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), HEADER_PEEK);
        reader.mark(HEADER_PEEK);
        char separator = separatorOf(firstLine(reader));
        reader.reset();
        skipByteOrderMark(reader);
        try (CsvParser parser = FACTORY.createParser(reader)) {
            parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator));
            parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            List<String> cells = new ArrayList<>();
            long line = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    cells = new ArrayList<>();
                    line = parser.currentLocation().getLineNr(); // the token location lags one row behind here
                } else if (token == JsonToken.END_ARRAY) {
                    handler.row(line, cells);
                } else if (token.isScalarValue()) {
                    cells.add(parser.getText());
                }
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

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
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
}
