package org.moomoo.jobs.listensimport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The hand-written exports of src/test/resources/listensimport, and ZIPs made of their folders. */
final class ExportFixtures {

    private ExportFixtures() {}

    /** The fixture file or folder {@code name}. */
    static Path fixture(String name) {
        try {
            return Path.of(
                    ExportFixtures.class.getResource("/listensimport/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A ZIP in {@code into} of the fixture folder {@code name}, as the services mail them. */
    static Path zipped(String name, Path into) {
        Path folder = fixture(name);
        Path zip = into.resolve(name + ".zip");
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream entries = new ZipOutputStream(out);
                Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path file : files) {
                entries.putNextEntry(
                        new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
                entries.write(Files.readAllBytes(file));
                entries.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip;
    }
}
