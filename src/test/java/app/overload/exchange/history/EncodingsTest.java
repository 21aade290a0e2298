package app.overload.exchange.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import app.overload.domain.EnduranceEntry;
import app.overload.domain.Modality;
import app.overload.domain.Workout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Files as other programs write them: a byte-order mark, Latin-1, UTF-16, and XML that is not XML. */
class EncodingsTest {

    @TempDir
    Path folder;

    private ParsedHistory read(String name, byte[] bytes) throws IOException {
        return new HistoryFileReader(Fixtures.OPTIONS).read(Files.write(folder.resolve(name), bytes), ImportProgress.NONE);
    }

    @Test
    void aGpxWithAByteOrderMarkIsReadWhole() {
        ParsedHistory parsed = Fixtures.read("bom-run.gpx");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.warnings()).isEmpty();
        assertThat(parsed.workouts()).singleElement().satisfies(w -> {
            assertThat(w.label()).isEqualTo("Morning Run");
            assertThat(Stored.entries(w)).containsExactly("run 1112 m in 360 s");
        });
    }

    @Test
    void aTcxWithAByteOrderMarkIsReadWhole() {
        ParsedHistory parsed = Fixtures.read("bom-ride.tcx");

        assertThat(parsed.problems()).isEmpty();
        Workout ride = parsed.workouts().get(0);
        assertThat(Stored.entries(ride)).containsExactly("ride 12000 m in 1800 s");
        assertThat(((EnduranceEntry) ride.entries().get(0)).averageHeartRate()).isEqualTo(130);
    }

    @Test
    void aLatinOneGpxIsReadInTheEncodingItDeclares() {
        ParsedHistory parsed = Fixtures.read("latin1-walk.gpx");

        assertThat(parsed.warnings()).isEmpty();
        assertThat(parsed.workouts()).singleElement().satisfies(w -> {
            assertThat(w.label()).isEqualTo("Sankt Pölten Runde");
            assertThat(((EnduranceEntry) w.entries().get(0)).modality()).isEqualTo(Modality.WALK);
        });
    }

    @Test
    void latinOneBytesInAFileThatClaimsUtf8AreReadAsLatinOneWithAWarning() throws IOException {
        byte[] bytes = Files.readString(Fixtures.path("latin1-walk.gpx"), StandardCharsets.ISO_8859_1)
                .replace("encoding=\"ISO-8859-1\"", "encoding=\"UTF-8\"").getBytes(StandardCharsets.ISO_8859_1);

        ParsedHistory parsed = read("claims-utf8.gpx", bytes);

        assertThat(parsed.workouts()).singleElement().extracting(Workout::label).isEqualTo("Sankt Pölten Runde");
        assertThat(parsed.warnings()).singleElement().satisfies(w -> {
            assertThat(w.position()).isEqualTo("line 3");
            assertThat(w.reason()).isEqualTo("The file is not all valid UTF-8: 1 byte from line 3 on was read as"
                    + " Windows Latin-1, in which older Windows programs write letters such as ö and é. Check the"
                    + " names if they look wrong.");
        });
    }

    @Test
    void aStrongExportSavedByExcelInWindowsLatinOneKeepsItsGermanHeaderAndNames() throws IOException {
        String text = Files.readString(Fixtures.path("strong-semicolon-de.csv"));
        ParsedHistory parsed = read("excel.csv", text.replace("\uFEFF", "").getBytes(Charset.forName("windows-1252")));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.workouts()).isEqualTo(Fixtures.read("strong-semicolon-de.csv").workouts());
        assertThat(parsed.warnings()).singleElement().extracting(Problem::position).isEqualTo("line 1");
    }

    @Test
    void aUtf16ExportWithItsMarkIsRead() throws IOException {
        String text = Files.readString(Fixtures.path("hevy-kg.csv"));
        byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);

        ParsedHistory parsed = read("unicode.csv", utf16);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.workouts()).isEqualTo(Fixtures.read("hevy-kg.csv").workouts());
    }

    @Test
    void anEncodingThatCannotBeReadIsNamedInPlainWords() throws IOException {
        ParsedHistory parsed = read("klingon.gpx", ("<?xml version=\"1.0\" encoding=\"x-klingon\"?>\n"
                + "<gpx version=\"1.1\"></gpx>").getBytes(StandardCharsets.US_ASCII));

        assertThat(parsed.problems()).singleElement().extracting(Problem::reason).isEqualTo("The file says it is"
                + " written in the \"x-klingon\" character encoding, which Overload cannot read. Save it again as"
                + " UTF-8.");
    }

    /** What is wrong is said without the XML parser's own message, position marks or garbled characters. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an element left open      | <gpx version="1.1"><trk><name>Run</name></gpx>                         | The file is damaged here and was read no further (the <trk> element is never closed)
            a broken attribute        | <gpx version="1.1" creator=></gpx>                                     | Not a readable GPX file: the "creator" attribute of the <gpx> element is malformed, on line 1.
            cut off in the middle     | <?xml version="1.0"?><TrainingCenterDatabase><Activities><Activity Sp | The file is damaged here and was read no further (it ends in the middle, as a file cut off while being copied does).
            a control character       | <gpx version="1.1"><trk><name>Run\u0001</name></trk></gpx>            | (it holds a character XML does not allow, such as a control character)
            """)
    void anUnreadableXmlFileIsExplainedInPlainWords(String what, String xml, String reason) throws IOException {
        String name = xml.contains("TrainingCenter") ? "bad.tcx" : "bad.gpx";
        ParsedHistory parsed = read(name, xml.replace("\\u0001", "\u0001").getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.problems()).singleElement().extracting(Problem::reason).asString().contains(reason)
                .doesNotContain("ParseError").doesNotContain("Message").doesNotContain("[row,col]")
                .doesNotContain("\uFFFD");
    }
}
