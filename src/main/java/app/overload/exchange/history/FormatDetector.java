package app.overload.exchange.history;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells the format from the first bytes of a file, with the file name's extension only as a tie-breaker: a file
 * called "export.csv" that holds GPX is read as GPX. FIT files carry ".FIT" at byte 8; XML files name their root
 * element early; CSV exports are known by their header.
 */
public final class FormatDetector {

    /** How much of a file is looked at; headers and XML roots come well before this. */
    static final int PEEK_BYTES = 8 * 1024;

    private FormatDetector() {
    }

    /** The format of a file whose first {@code length} bytes are {@code head}, or empty when it is none of them. */
    public static Optional<HistoryFormat> detect(byte[] head, int length, String fileName) {
        if (length >= 12 && head[8] == '.' && head[9] == 'F' && head[10] == 'I' && head[11] == 'T') {
            return Optional.of(HistoryFormat.FIT);
        }
        String text = text(head, length);
        String lower = fileName.toLowerCase(Locale.ROOT);
        String start = text.stripLeading();
        if (start.startsWith("<")) {
            if (text.contains("<gpx")) {
                return Optional.of(HistoryFormat.GPX);
            }
            if (text.contains("<TrainingCenterDatabase")) {
                return Optional.of(HistoryFormat.TCX);
            }
            return lower.endsWith(".gpx") ? Optional.of(HistoryFormat.GPX)
                    : lower.endsWith(".tcx") ? Optional.of(HistoryFormat.TCX) : Optional.empty();
        }
        if (text.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        int newline = text.indexOf('\n');
        String header = newline >= 0 ? text.substring(0, newline) : text;
        List<String> cells = List.of(header.replace("\r", "").split("[,;\\t]", -1)).stream()
                .map(c -> c.strip().replaceAll("^\"|\"$", "")).toList();
        if (HevyCsvParser.looksLikeHeader(cells)) {
            return Optional.of(HistoryFormat.HEVY_CSV);
        }
        if (StrongCsvParser.looksLikeHeader(cells)) {
            return Optional.of(HistoryFormat.STRONG_CSV);
        }
        return Optional.empty();
    }

    /**
     * The first bytes as text, as the readers will see them: in the encoding a byte-order mark or an XML declaration
     * names, bytes that are not UTF-8 read as Windows Latin-1 (a header Excel saved, "Übungsname").
     */
    private static String text(byte[] head, int length) {
        try (TextInput.Decoding decoding = TextInput.open(new ByteArrayInputStream(head, 0, length), true)) {
            StringBuilder sb = new StringBuilder(length);
            char[] buffer = new char[4096];
            int n;
            while ((n = decoding.read(buffer, 0, buffer.length)) > 0) {
                sb.append(buffer, 0, n);
            }
            return sb.toString().replace("\uFEFF", "");
        } catch (IOException e) {
            // an encoding this computer cannot read: its reader says so; the first bytes still name the format
            return new String(head, 0, length, StandardCharsets.ISO_8859_1);
        }
    }
}
