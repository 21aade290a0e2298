package app.overload.progression;

import app.overload.domain.Checks;

/** An observation shown next to the suggestions, such as "moderate running dominates the last four weeks". */
public record Insight(Kind kind, Severity severity, String sentence) {

    /** What the insight is about; the key is stable for JSON. */
    public enum Kind {
        GREY_ZONE("grey-zone"),
        MONOTONY("monotony"),
        ACUTE_CHRONIC("acute-chronic"),
        SHORT_REST("short-rest"),
        UNREADABLE_HISTORY("unreadable-history");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public Insight {
        Checks.required(kind, "kind");
        Checks.required(severity, "severity");
        Checks.required(sentence, "sentence");
    }
}
