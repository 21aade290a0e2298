package app.overload.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's table, and its place in docs/performance.md between two marker comments. */
final class Report {

    static final String START = "<!-- benchmark:start -->";
    static final String END = "<!-- benchmark:end -->";

    private Report() {
    }

    static String table(List<Figure> figures, Map<String, Map<Integer, Double>> growth, int[] years) {
        StringBuilder out = new StringBuilder();
        out.append("| figure | median | floor | ratio | target | met |\n|---|---|---|---|---|---|\n");
        for (Figure f : figures) {
            out.append("| ").append(f.name()).append(" | ").append(f.valueText()).append(" | ").append(f.floorText())
                    .append(" | ").append(f.ratioText()).append(" | ").append(f.target()).append(" | ")
                    .append(f.met() ? "yes" : "**no**").append(" |\n");
        }
        out.append("\nHow the data-dependent figures grow with the logbook (median ms):\n\n| figure |");
        for (int y : years) {
            out.append(' ').append(y).append(y == 1 ? " year |" : " years |");
        }
        out.append("\n|---|");
        for (int i = 0; i < years.length; i++) {
            out.append("---|");
        }
        out.append('\n');
        for (Map.Entry<String, Map<Integer, Double>> row : growth.entrySet()) {
            out.append("| ").append(row.getKey()).append(" |");
            for (int y : years) {
                Double ms = row.getValue().get(y);
                out.append(' ').append(ms == null ? "—" : Figure.fmt(ms)).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }

    static void write(Path report, String table, double seconds) throws IOException {
        String block = START + "\n" + machine() + String.format(Locale.ROOT, "Run on %s, %.0f s in all.%n%n",
                LocalDate.now(), seconds) + table + END;
        String text = Files.exists(report) ? Files.readString(report, StandardCharsets.UTF_8) : "# Performance\n\n"
                + START + "\n" + END + "\n";
        int from = text.indexOf(START);
        int to = text.indexOf(END);
        String updated = from >= 0 && to > from ? text.substring(0, from) + block + text.substring(to + END.length())
                : text + "\n" + block + "\n";
        Files.writeString(report, updated, StandardCharsets.UTF_8);
        System.out.println("Wrote the table to " + report);
    }

    private static String machine() {
        String cpu = "unknown CPU";
        String memory = Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB max heap";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).strip();
                    break;
                }
            }
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal")) {
                    memory = Long.parseLong(line.replaceAll("\\D", "")) / (1024 * 1024) + " GiB RAM";
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: the JVM's view below still says enough.
        }
        var os = ManagementFactory.getOperatingSystemMXBean();
        return String.format(Locale.ROOT, "Machine: %s, %d cores, %s; %s %s; Java %s (%s).%n", cpu,
                os.getAvailableProcessors(), memory, System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }
}
