package org.moomoo.client.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.StringReader;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.moomoo.client.ClientRun;
import org.moomoo.client.playlist.Playlist;
import org.moomoo.client.playlist.Track;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class XspfRendererTest {

    private final XspfRenderer renderer = new XspfRenderer(ClientRun.CLOCK);

    /** Validates against the XSPF 1 structure of src/test/resources/xspf/xspf-1.xsd; throws when invalid. */
    static void validate(String xspf) throws Exception {
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(XspfRendererTest.class.getResource("/xspf/xspf-1.xsd"));
        schema.newValidator().validate(new StreamSource(new StringReader(xspf)));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(XspfRenderer.NAMESPACE, name)
                .item(0)
                .getTextContent();
    }

    @Test
    void isValidXspf() {
        assertThatCode(() -> validate(renderer.render(TestPlaylists.tagged()))).doesNotThrowAnyException();
    }

    @Test
    void anEmptyPlaylistWithoutDescriptionIsValidXspf() {
        assertThatCode(() -> validate(renderer.render(new Playlist(null, null, List.of()))))
                .doesNotThrowAnyException();
    }

    // the original client's test (spec 8.5)
    @Test
    void containsATrackWithThePlainPathAsLocation() {
        String xspf = renderer.render(new Playlist(null, "aaa", List.of(Track.ofPath("/lib/test.mp3"))));

        assertThat(xspf).contains("<track>").contains("<location>/lib/test.mp3</location>");
    }

    @Test
    void hasNoXmlDeclarationAndVersionOneInTheXspfNamespace() throws Exception {
        String xspf = renderer.render(TestPlaylists.tagged());

        assertThat(xspf).startsWith("<playlist");
        Element root = parse(xspf).getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://xspf.org/ns/0/");
        assertThat(root.getAttribute("version")).isEqualTo("1");
    }

    @Test
    void carriesTitleCreatorAnnotationAndTheRenderingDate() throws Exception {
        Element root = parse(renderer.render(TestPlaylists.tagged())).getDocumentElement();

        assertThat(text(root, "title")).isEqualTo("Smart Mix 1");
        assertThat(text(root, "creator")).isEqualTo("moomoo");
        assertThat(text(root, "annotation")).isEqualTo("Tracks like Artist A & Artist B");
        assertThat(text(root, "date")).isEqualTo("2026-12-01T11:00:00+01:00");
    }

    @Test
    void describesEachTrackWithLocationTagsAndMilliseconds() throws Exception {
        Element second = (Element) parse(renderer.render(TestPlaylists.tagged()))
                .getElementsByTagNameNS(XspfRenderer.NAMESPACE, "track")
                .item(1);

        assertThat(text(second, "location")).isEqualTo("/music/Artist%20B/%C3%9Cn%C3%AFcode%20%232.mp3");
        assertThat(text(second, "title")).isEqualTo("Near & <Far>");
        assertThat(text(second, "creator")).isEqualTo("Artist B");
        assertThat(text(second, "album")).isEqualTo("Other");
        assertThat(text(second, "duration")).isEqualTo("181000");
    }

    @Test
    void leavesOutUnknownTagsAndLength() throws Exception {
        Element third = (Element) parse(renderer.render(TestPlaylists.tagged()))
                .getElementsByTagNameNS(XspfRenderer.NAMESPACE, "track")
                .item(2);

        assertThat(third.getElementsByTagNameNS(XspfRenderer.NAMESPACE, "*").getLength())
                .isEqualTo(1);
        assertThat(text(third, "location")).isEqualTo("/music/Loose/untagged.ogg");
    }
}
