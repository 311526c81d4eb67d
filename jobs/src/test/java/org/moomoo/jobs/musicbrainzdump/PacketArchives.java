package org.moomoo.jobs.musicbrainzdump;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import okio.Buffer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/** Builds MetaBrainz JSON dumps ({@code <entity>.tar.xz}) as the live data feed serves them. */
final class PacketArchives {

    static final String TIMESTAMP = "2025-12-04 23:31:59.823155+00\n";

    private final Map<String, String> members = new LinkedHashMap<>();

    static PacketArchives of(String entity, String records) {
        return new PacketArchives().add("TIMESTAMP", TIMESTAMP).add("mbdump/" + entity, records);
    }

    PacketArchives add(String name, String content) {
        members.put(name, content);
        return this;
    }

    /** {@code count} artist records, {@code {"id": ...}} one a line, numbered from {@code first}. */
    static String artists(int first, int count) {
        StringBuilder lines = new StringBuilder();
        for (int i = first; i < first + count; i++) {
            lines.append("{\"id\": \"")
                    .append(mbid(i))
                    .append("\", \"name\": \"Artist ")
                    .append(i)
                    .append("\", \"type\": \"Group\"}\n");
        }
        return lines.toString();
    }

    static String mbid(int number) {
        return String.format("00000000-0000-4000-8000-%012d", number);
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new XZOutputStream(out, new LZMA2Options(1)))) {
            for (Map.Entry<String, String> member : members.entrySet()) {
                byte[] content = member.getValue().getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry entry = new TarArchiveEntry(member.getKey());
                entry.setSize(content.length);
                tar.putArchiveEntry(entry);
                tar.write(content);
                tar.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    Buffer buffer() {
        return new Buffer().write(bytes());
    }
}
