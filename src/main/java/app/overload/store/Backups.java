package app.overload.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The copies of a logbook kept in the {@code backups} folder beside it: a rolling daily copy, copies made on
 * request, before every upgrade, and the file a restore replaced (kept, never deleted). Every copy is written under
 * a temporary name and renamed when complete, so whatever carries a backup name is a whole logbook. Restoring needs
 * the logbook to itself ({@link LogbookLock}) and copies the current file aside before it swaps the backup in.
 */
public final class Backups {

    /** How many daily copies are kept; older ones are deleted as new ones are made. */
    public static final int KEEP_DAILY = 7;
    /** A daily copy is due when the newest is older than this. */
    static final Duration DAILY = Duration.ofHours(20);

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("(.+)-(daily|manual|before-upgrade|replaced|damaged)-"
            + "(\\d{8}-\\d{6})(-\\d+)?\\.db");

    /** Why a copy was made. */
    public enum Kind {
        DAILY("daily"), MANUAL("manual"), BEFORE_UPGRADE("before-upgrade"), REPLACED("replaced"),
        DAMAGED("damaged");

        private final String tag;

        Kind(String tag) {
            this.tag = tag;
        }

        static Kind of(String tag) {
            for (Kind k : values()) {
                if (k.tag.equals(tag)) {
                    return k;
                }
            }
            throw new IllegalArgumentException(tag);
        }
    }

    /** One copy on disk. */
    public record Backup(Path file, Kind kind, LocalDateTime taken, long bytes) {
    }

    /** What a logbook file holds, so a restore can show what it would replace and by what. */
    public record Contents(int sessions, int blocks, LocalDate first, LocalDate last) {

        public String describe() {
            return sessions + (sessions == 1 ? " session" : " sessions") + (first == null ? ""
                    : " from " + first + " to " + last) + ", " + blocks + (blocks == 1 ? " block" : " blocks");
        }
    }

    private final Path logbook;

    public Backups(Path logbook) {
        this.logbook = logbook.toAbsolutePath();
    }

    public Path folder() {
        return Database.backupsFolder(logbook);
    }

    /** A new, unused file name for a copy of {@code logbook} of this kind, made at {@code when}. */
    static Path newFile(Path logbook, Kind kind, LocalDateTime when) {
        Path folder = Database.backupsFolder(logbook);
        String base = baseName(logbook) + "-" + kind.tag + "-" + STAMP.format(when);
        Path file = folder.resolve(base + ".db");
        for (int i = 2; Files.exists(file); i++) {
            file = folder.resolve(base + "-" + i + ".db");
        }
        return file;
    }

    /** Every copy of this logbook, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        List<Backup> result = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder())) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher m = NAME.matcher(file.getFileName().toString());
                if (m.matches() && m.group(1).equals(baseName(logbook))) {
                    try {
                        result.add(new Backup(file, Kind.of(m.group(2)), LocalDateTime.parse(m.group(3), STAMP),
                                Files.size(file)));
                    } catch (DateTimeParseException | IOException e) {
                        // Not one of ours after all; leave it alone.
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, "Cannot list the backups in " + folder() + ": "
                    + e.getMessage(), e);
        }
        result.sort(Comparator.comparing(Backup::taken).thenComparingInt(b -> sequence(b.file())).reversed());
        return result;
    }

    /** 1 for the first copy made in a second, 2 for the next ("-2"), and so on: the later one is the newer. */
    private static int sequence(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        return m.matches() && m.group(4) != null ? Integer.parseInt(m.group(4).substring(1)) : 1;
    }

    /**
     * Copies the open logbook now. The copy is written under a temporary name, synced, and checked in full
     * (indexes too) before it gets its backup name, so a killed or failed copy is never listed as a backup.
     *
     * @throws StoreException DAMAGED when the copy, and so the logbook, fails the full integrity check (the copy
     *         is not kept); DISK_FULL when it does not fit
     */
    public Backup backUp(Database database, Kind kind, Clock clock) {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        Path target = newFile(logbook, kind, now);
        database.read(c -> {
            copyInto(c, target, true);
            return null;
        });
        try {
            return new Backup(target, kind, now, Files.size(target));
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, "The backup " + target + " was not written.", e);
        }
    }

    /**
     * Copies the open logbook to {@code target} anywhere, as {@link #backUp} does; an existing file there is
     * replaced only when {@code replace}. A symbolic link is never followed: the copy would land somewhere else.
     */
    public static Path backUpTo(Database database, Path target, boolean replace) {
        Path absolute = target.toAbsolutePath();
        if (Files.isSymbolicLink(absolute)) {
            throw new StoreException(StoreException.Reason.CONFLICT, absolute + " is a symbolic link; name the file "
                    + "itself.");
        }
        if (!replace && Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new StoreException(StoreException.Reason.CONFLICT, absolute + " already exists.");
        }
        Leftovers.cleanPartials(absolute.getParent(), absolute);
        database.read(c -> {
            copyInto(c, absolute, true, replace);
            return null;
        });
        return absolute;
    }

    /** Writes a copy of {@code source}'s logbook to {@code target} through a temporary name; see {@link #backUp}. */
    static void copyInto(Connection source, Path target, boolean fullCheck) {
        copyInto(source, target, fullCheck, false);
    }

    private static void copyInto(Connection source, Path target, boolean fullCheck, boolean replace) {
        createFolder(target.getParent());
        Path partial = Leftovers.partialOf(target);
        String doing = "making the copy " + target.getFileName();
        boolean done = false;
        try {
            FileSync.deleteWithCompanions(partial);
            Database.copyTo(source, partial);
            FileSync.force(partial);
            if (fullCheck) {
                List<String> problems = problemsOf(partial);
                if (!problems.isEmpty()) {
                    throw new StoreException(StoreException.Reason.DAMAGED, "The logbook is damaged (SQLite "
                            + "integrity check: " + IntegrityCheck.summary(problems) + "), so the copy was not kept. "
                            + "Restore the newest healthy backup.");
                }
            }
            if (replace) {
                FileSync.replace(partial, target);
            } else {
                Files.move(partial, target);
                FileSync.forceFolder(target.getParent());
            }
            done = true;
        } catch (SQLException e) {
            throw StoreException.from(e, doing, target);
        } catch (FileAlreadyExistsException e) {
            throw new StoreException(StoreException.Reason.CONFLICT, target + " already exists.", e);
        } catch (IOException e) {
            throw DiskFull.translate(e, target, doing);
        } finally {
            if (!done) {
                try {
                    FileSync.deleteWithCompanions(partial);
                } catch (IOException e) {
                    // Removed by the next opening once this process is gone.
                }
            }
        }
    }

    /** The full integrity check of a copy; see {@link Database#fullCheckOf}. */
    static List<String> problemsOf(Path file) {
        return Database.fullCheckOf(file);
    }

    /**
     * The rolling daily copy: made when the newest daily copy is older than a day; keeps {@value #KEEP_DAILY}. Only
     * complete, checked copies have a backup name, so only they count toward the seven; a logbook that fails the
     * full check gets no daily copy and loses none of its older ones.
     */
    public Optional<Backup> dailyIfDue(Database database, Clock clock) {
        LocalDateTime now = LocalDateTime.now(clock);
        boolean due = list().stream().filter(b -> b.kind() == Kind.DAILY).findFirst()
                .map(b -> Duration.between(b.taken(), now).compareTo(DAILY) >= 0).orElse(true);
        if (!due) {
            return Optional.empty();
        }
        Backup made = backUp(database, Kind.DAILY, clock);
        List<Backup> daily = list().stream().filter(b -> b.kind() == Kind.DAILY).toList();
        for (Backup old : daily.subList(Math.min(KEEP_DAILY, daily.size()), daily.size())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                // An old copy that cannot be deleted costs disk space, not data.
            }
        }
        return Optional.of(made);
    }

    /** The newest copy that opens and passes SQLite's full integrity check, indexes included, if any. */
    public Optional<Backup> newestGood() {
        return list().stream().filter(b -> b.kind() != Kind.DAMAGED).filter(b -> contents(b.file()).isPresent())
                .filter(b -> problemsOf(b.file()).isEmpty()).findFirst();
    }

    /** What a logbook file holds, or empty when it is not a healthy logbook. Opens it read-only. */
    public static Optional<Contents> contents(Path file) {
        if (!looksLikeSqlite(file)) {
            return Optional.empty();
        }
        try (Database db = Database.openToLook(file)) {
            return Optional.of(db.read(c -> new Contents(Sql.queryInt(c, "SELECT count(*) FROM session"),
                    Sql.queryInt(c, "SELECT count(*) FROM training_block"), day(Sql.queryString(c,
                            "SELECT min(start) FROM session")), day(Sql.queryString(c, "SELECT max(start) FROM session")))));
        } catch (RuntimeException e) {
            // Refused on opening, or a value that makes no sense read through a damaged index: not healthy.
            return Optional.empty();
        }
    }

    private static LocalDate day(String timestamp) {
        return timestamp == null ? null : Sql.timestamp(timestamp).toLocalDate();
    }

    private static boolean looksLikeSqlite(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(15), StandardCharsets.US_ASCII).equals("SQLite format 3");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Puts {@code backup} in place of the logbook, which must be closed everywhere: {@code sole} is the logbook's
     * lock, held alone. See {@link Restore} for how the file is swapped. The current file is first copied into the
     * backups folder, as "damaged" when {@code damaged}, else as "replaced". Returns where it went, or empty when
     * there was none.
     */
    public Optional<Path> restore(Backup backup, boolean damaged, LogbookLock sole, Clock clock) {
        return Restore.run(logbook, backup.file(), damaged, sole, clock);
    }

    /** Creates the backups folder; Java's own message for a failure is often just the path, so say why. */
    static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            String why;
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                why = "a file of that name is in the way; move or rename it";
            } else if (DiskFull.causedBy(e, folder)) {
                why = "the disk is full";
            } else if (e instanceof AccessDeniedException) {
                why = "permission denied; " + folder.getParent() + " is not writable";
            } else if (e instanceof FileSystemException f && f.getReason() != null) {
                why = f.getReason();
            } else {
                why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            }
            throw new StoreException(StoreException.Reason.IO, "Cannot create the backup folder " + folder + ": "
                    + why + ".", e);
        }
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
