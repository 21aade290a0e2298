package app.overload.analysis;

import java.util.Objects;

/** A sentence under a chart that states what the picture means: "On track…", "Behind by 4.5 kg…". */
public record Note(Tone tone, String text) {

    public Note {
        Objects.requireNonNull(tone, "tone");
        Objects.requireNonNull(text, "text");
    }
}
