package org.moomoo.client.formats;

import java.io.StringWriter;
import java.time.Clock;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.moomoo.client.playlist.Playlist;
import org.moomoo.client.playlist.Track;

/**
 * The xspf output, an XSPF 1 document (xspf.org/ns/0/) without an XML declaration, as the original
 * wrote it: {@code title} when the server gave one, {@code creator} "moomoo", {@code annotation} =
 * the description, {@code date} = now with its offset, and per track its {@code location} (see
 * {@link Locations}), {@code title}, {@code creator} (the artist), {@code album} and, when the
 * length is known, {@code duration} in milliseconds.
 */
public final class XspfRenderer implements PlaylistRenderer {

    static final String NAMESPACE = "http://xspf.org/ns/0/";

    private final Clock clock;

    public XspfRenderer(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String render(Playlist playlist) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartElement("playlist");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("version", "1");
            element(xml, "title", playlist.title());
            element(xml, "creator", "moomoo");
            element(xml, "annotation", playlist.description());
            element(xml, "date", RenderingDate.now(clock));
            xml.writeStartElement("trackList");
            for (Track track : playlist.tracks()) {
                xml.writeStartElement("track");
                element(xml, "location", Locations.of(track.filepath()));
                element(xml, "title", track.title());
                element(xml, "creator", track.artist());
                element(xml, "album", track.album());
                element(xml, "duration", track.hasLength() ? Long.toString(track.lengthSeconds() * 1000L) : null);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write XSPF", e);
        }
        return text.append('\n').toString();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeStartElement(name);
            xml.writeCharacters(value);
            xml.writeEndElement();
        }
    }
}
