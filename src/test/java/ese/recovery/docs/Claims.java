package ese.recovery.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The claims the two articles make, one per sentence or clause, read from {@code docs/claims.tsv}.
 * Scenarios name the claims they check with a tag {@code @claim:<id>}.
 */
public final class Claims {
    public static final Path FILE = Path.of("docs", "claims.tsv");
    public static final String TAG_PREFIX = "@claim:";
    private static final Pattern ID = Pattern.compile("KB[0-9A-Z]+-[A-Z]+-[0-9]+");
    private static final List<String> COLUMNS = List.of("id", "article", "section", "folder", "sentence", "claim");

    /**
     * One claim.
     *
     * @param id       e.g. KB812592-DEF-1
     * @param article  e.g. KB 812592
     * @param section  the article's section heading
     * @param folder   the feature folder whose scenarios must check it
     * @param sentence the opening words of the article's sentence, to find it in the article
     * @param claim    what the sentence claims, in our words
     */
    public record Claim(String id, String article, String section, String folder, String sentence, String claim) {
        public String tag() {
            return TAG_PREFIX + id;
        }

        /** The section as a {@code @section:} tag spells it: lower case, words joined by dashes. */
        public String sectionSlug() {
            return slug(section);
        }
    }

    private final Map<String, Claim> byId;

    private Claims(Map<String, Claim> byId) {
        this.byId = byId;
    }

    public static Claims read() {
        return read(FILE);
    }

    public static Claims read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lines.isEmpty() || !List.of(lines.get(0).split("\t")).equals(COLUMNS)) {
            throw new IllegalStateException(file + ": the first line must be the columns " + String.join(", ", COLUMNS));
        }
        Map<String, Claim> byId = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != COLUMNS.size()) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": " + f.length + " columns, expected " + COLUMNS.size());
            }
            for (String value : f) {
                if (value.isBlank()) {
                    throw new IllegalStateException(file + ":" + (i + 1) + ": an empty column");
                }
            }
            if (!ID.matcher(f[0]).matches()) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": malformed id " + f[0]);
            }
            Claim c = new Claim(f[0], f[1], f[2], f[3], f[4], f[5]);
            if (byId.put(c.id(), c) != null) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": duplicate id " + c.id());
            }
        }
        return new Claims(Collections.unmodifiableMap(byId));
    }

    public List<Claim> all() {
        return new ArrayList<>(byId.values());
    }

    public Optional<Claim> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /**
     * The article's heading for a {@code @section:} tag, which may shorten it (completing-a-hard-recovery)
     * or drop a "the" (when-to-manipulate-log-files).
     */
    public Optional<String> sectionTitle(String article, String sectionSlug) {
        return byId.values().stream()
                .filter(c -> c.article().equals(article) && withoutThe(c.sectionSlug()).startsWith(withoutThe(sectionSlug)))
                .map(Claim::section)
                .findFirst();
    }

    /** The claim ids a scenario's tags name ({@code @claim:KB812592-DEF-1} gives KB812592-DEF-1). */
    public static List<String> idsIn(List<String> tags) {
        return tags.stream().filter(t -> t.startsWith(TAG_PREFIX)).map(t -> t.substring(TAG_PREFIX.length())).toList();
    }

    private static String withoutThe(String slug) {
        return ("-" + slug + "-").replace("-the-", "-");
    }

    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
