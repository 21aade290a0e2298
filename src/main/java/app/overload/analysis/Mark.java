package app.overload.analysis;

import java.time.LocalDate;
import java.util.Objects;

/** Something drawn on a chart besides its series. */
public sealed interface Mark permits Mark.Band, Mark.Guide, Mark.Gap {

    /** A horizontal band of values, such as the 0.8–1.3 sweet spot of the acute:chronic ratio. */
    record Band(double low, double high, String label, String role) implements Mark {
        public Band {
            if (!(low <= high)) {
                throw new IllegalArgumentException("A band needs low ≤ high (was " + low + " to " + high + ").");
            }
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(role, "role");
        }
    }

    /** A horizontal line at one value: a goal, or a warning threshold. */
    record Guide(double value, String label, String role) implements Mark {
        public Guide {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("A guide needs a finite value.");
            }
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(role, "role");
        }
    }

    /** Days with nothing logged, shaded so a straight line across them is not read as data. */
    record Gap(LocalDate from, LocalDate to) implements Mark {
        public Gap {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("A gap ends before it starts: " + from + " to " + to + ".");
            }
        }
    }
}
