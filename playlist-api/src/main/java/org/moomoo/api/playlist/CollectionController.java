package org.moomoo.api.playlist;

import org.moomoo.api.system.JsonEnvelope;
import org.moomoo.playlist.collection.RegisteredCollection;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The collection routes (spec/playlists-http-client.md 7.6): every stored playlist of a user's
 * collection, by collection order, each with its title and description. A missing or empty
 * collection is a 404 with the original's texts (DESIGN 9.6). The bodies come from
 * {@link CollectionResponses}, which renders each collection once until it is replaced.
 */
@RestController
class CollectionController {

    private final CollectionResponses responses;

    CollectionController(CollectionResponses responses) {
        this.responses = responses;
    }

    @GetMapping("/playlist/loved/{username}")
    ResponseEntity<byte[]> loved(@PathVariable String username) {
        return collection(username, RegisteredCollection.LOVED_TRACKS);
    }

    @GetMapping("/playlist/revisit-releases/{username}")
    ResponseEntity<byte[]> revisitReleases(@PathVariable String username) {
        return collection(username, RegisteredCollection.REVISIT_RELEASES);
    }

    @GetMapping("/playlist/revisit-tracks/{username}")
    ResponseEntity<byte[]> revisitTracks(@PathVariable String username) {
        return collection(username, RegisteredCollection.REVISIT_TRACKS);
    }

    @GetMapping("/playlist/suggest/by-artist/{username}")
    ResponseEntity<byte[]> byArtist(@PathVariable String username) {
        return collection(username, RegisteredCollection.TOP_ARTISTS);
    }

    @GetMapping("/playlist/suggest/smart-mix/{username}")
    ResponseEntity<byte[]> smartMix(@PathVariable String username) {
        return collection(username, RegisteredCollection.SMART_MIXES);
    }

    private ResponseEntity<byte[]> collection(String username, RegisteredCollection registered) {
        return JsonEnvelope.ok(responses.body(Username.check(username), registered.collectionName()));
    }
}
