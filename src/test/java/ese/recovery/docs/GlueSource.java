package ese.recovery.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a step definition's source to say where it is and which model classes it calls, so the
 * traceability table can link a step to the glue and the glue to the model.
 */
final class GlueSource {
    static final Path TEST_SOURCES = Path.of("src", "test", "java");
    static final Path MAIN_SOURCES = Path.of("src", "main", "java");
    private static final Pattern IMPORT = Pattern.compile("^import (ese\\.recovery\\.[a-z.]+\\.([A-Z]\\w*));", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\b(ese\\.recovery\\.[a-z.]+\\.([A-Z]\\w*))");

    /** A glue method: its file, line, and the model classes its signature and body name. */
    record Method(Path file, int line, List<String> modelClasses) {
    }

    private final Map<String, Optional<Method>> cache = new HashMap<>();

    Optional<Method> find(String className, String methodName) {
        return cache.computeIfAbsent(className + "#" + methodName, k -> read(className, methodName));
    }

    static Path sourceOf(String qualifiedClass) {
        String outer = qualifiedClass.contains("$") ? qualifiedClass.substring(0, qualifiedClass.indexOf('$')) : qualifiedClass;
        return Path.of(outer.replace('.', '/') + ".java");
    }

    /** The model types named in the declaration of a field (e.g. {@code RecoveryResult lastRecovery;}). */
    private static List<String> fieldType(Path file, String field) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        String src;
        try {
            src = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher decl = Pattern.compile("\\n\\s*(?:private |final |static )*([\\w.<>, ]+)\\s+" + Pattern.quote(field) + "\\s*[;=]").matcher(src);
        if (!decl.find()) {
            return List.of();
        }
        Map<String, String> imported = imports(src);
        List<String> out = new ArrayList<>();
        Matcher word = Pattern.compile("([a-z.]*[A-Z]\\w*)").matcher(decl.group(1));
        while (word.find()) {
            String w = word.group(1);
            String fq = w.startsWith("ese.recovery.") ? w : imported.get(w);
            if (fq != null && Files.isRegularFile(MAIN_SOURCES.resolve(sourceOf(fq)))) {
                out.add(fq);
            }
        }
        return out;
    }

    private static Map<String, String> imports(String src) {
        Map<String, String> imported = new HashMap<>();
        Matcher m = IMPORT.matcher(src);
        while (m.find()) {
            imported.put(m.group(2), m.group(1));
        }
        return imported;
    }

    private static Optional<Method> read(String className, String methodName) {
        Path file = TEST_SOURCES.resolve(sourceOf(className));
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String src;
        try {
            src = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a declaration, not a call: a type before the name, and a body after the parameters
        Matcher decl = Pattern.compile("\\n[ \\t]*(?:public |protected |private |static |final )*[\\w.]+(?:<[^>()]*>)?(?:\\[\\])?[ \\t]+"
                + Pattern.quote(methodName) + "\\s*\\([^;{]*\\)\\s*(?:throws [\\w., ]+)?\\{").matcher(src);
        int start = -1;
        while (decl.find()) {
            String type = decl.group().trim().split("\\s+")[0];
            if (!type.equals("return") && !type.equals("new")) {
                start = decl.start() + 1;
                break;
            }
        }
        if (start < 0) {
            return Optional.empty();
        }
        int line = (int) src.substring(0, start).chars().filter(c -> c == '\n').count() + 1;
        int open = src.indexOf('{', start);
        int depth = 0;
        int end = open;
        for (int i = open; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                end = i;
                break;
            }
        }
        String method = src.substring(start, end + 1);
        Map<String, String> imported = imports(src);
        Set<String> used = new LinkedHashSet<>();
        Matcher q = QUALIFIED.matcher(method);
        while (q.find()) {
            used.add(q.group(1));
        }
        Matcher word = Pattern.compile("\\b([A-Z]\\w*)\\b").matcher(method);
        while (word.find()) {
            String fq = imported.get(word.group(1));
            if (fq != null) {
                used.add(fq);
            }
        }
        if (!className.endsWith(".World")) {
            // the glue reaches the model through the scenario's World as well: follow one level
            String world = className.substring(0, className.lastIndexOf('.') + 1) + "World";
            Matcher call = Pattern.compile("world\\.(\\w+)(\\s*\\()?").matcher(method);
            while (call.find()) {
                if (call.group(2) != null) {
                    read(world, call.group(1)).ifPresent(w -> used.addAll(w.modelClasses()));
                } else {
                    used.addAll(fieldType(TEST_SOURCES.resolve(sourceOf(world)), call.group(1)));
                }
            }
        }
        List<String> model = new ArrayList<>();
        for (String fq : used) {
            if (Files.isRegularFile(MAIN_SOURCES.resolve(sourceOf(fq)))) {
                model.add(fq);
            }
        }
        return Optional.of(new Method(file, line, model));
    }
}
