package org.moomoo.jobs.localfiles;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The exclusion rules of {@code raw.local_music_files_exclude_regex}: a file is excluded when any
 * pattern matches at the start of its relative path (like {@link java.util.regex.Matcher#lookingAt()}).
 */
public final class ExcludePatterns {

    private final List<Pattern> patterns;

    private ExcludePatterns(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    private static final String PATTERNS = """
            SELECT pattern FROM raw.local_music_files_exclude_regex ORDER BY pattern
            """;

    /** The patterns of {@code raw.local_music_files_exclude_regex}, compiled. */
    public static ExcludePatterns load(JdbcClient jdbc) {
        return compile(jdbc.sql(PATTERNS).query(String.class).list());
    }

    /** Compiles the patterns; a broken one fails with a message that names it and the table. */
    public static ExcludePatterns compile(List<String> regexes) {
        return new ExcludePatterns(
                regexes.stream().map(ExcludePatterns::compileOne).toList());
    }

    private static Pattern compileOne(String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("exclude pattern '" + regex + "' in raw.local_music_files_exclude_regex "
                    + "is not a valid regular expression (" + e.getDescription() + "); fix or delete that row");
        }
    }

    /** True when {@code relativePath} starts with a match of any pattern. */
    public boolean excludes(String relativePath) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher(relativePath).lookingAt()) {
                return true;
            }
        }
        return false;
    }
}
