package org.moomoo.jobs.listensimport;

import org.moomoo.jobs.listensimport.ImportItem.Malformed;
import org.moomoo.jobs.listensimport.SourceRecord.CsvRow;
import org.moomoo.jobs.listensimport.SourceRecord.JsonElement;
import org.moomoo.jobs.listensimport.SourceRecord.JsonLine;
import org.moomoo.jobs.listensimport.SourceRecord.Unreadable;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import tools.jackson.databind.json.JsonMapper;

/** Turns each record of an export into a listen, a play left out by rule, or a malformed record. */
final class ListenConverter implements ItemProcessor<SourceRecord, ImportItem> {

    private final ImportFormat format;
    private final String username;
    private final ListenBrainzListens listenBrainz;
    private final LastfmScrobbles lastfm;
    private final SpotifyPlays spotify;

    ListenConverter(ImportFormat format, String username, JsonMapper json) {
        this.format = format;
        this.username = username;
        ListenJson listens = new ListenJson(json);
        this.listenBrainz = new ListenBrainzListens(json);
        this.lastfm = new LastfmScrobbles(listens);
        this.spotify = new SpotifyPlays(listens);
    }

    @Override
    public ImportItem process(SourceRecord record) {
        if (record instanceof Unreadable u) {
            return new Malformed(u.where(), u.reason());
        }
        if (record instanceof CsvRow row) {
            return lastfm.row(row.where(), row.fields(), username);
        }
        if (record instanceof JsonLine line) {
            return format == ImportFormat.SPOTIFY
                    ? new Malformed(line.where(), "a Spotify history is one JSON array, not JSON lines")
                    : listenBrainz.line(line.where(), line.text(), username);
        }
        JsonElement element = (JsonElement) record;
        return format == ImportFormat.SPOTIFY
                ? spotify.play(element.where(), element.node(), element.podcasts(), username)
                : listenBrainz.node(element.where(), element.node(), username);
    }
}
