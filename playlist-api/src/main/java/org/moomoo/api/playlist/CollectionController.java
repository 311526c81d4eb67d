package org.moomoo.api.playlist;

import java.util.List;
import org.moomoo.api.system.ApiException;
import org.moomoo.api.system.JsonEnvelope;
import org.moomoo.playlist.collection.CollectionStore;
import org.moomoo.playlist.collection.PlaylistCollection;
import org.moomoo.playlist.collection.RegisteredCollection;
import org.moomoo.playlist.track.Playlist;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The collection routes (spec/playlists-http-client.md 7.6): every stored playlist of a user's
 * collection, by collection order, each with its title and description. A missing or empty
 * collection is a 404 with the original's texts (DESIGN 9.6).
 */
@RestController
class CollectionController {

    private final CollectionStore store;
    private final TransactionTemplate readOnlyTransaction;

    CollectionController(CollectionStore store, TransactionTemplate readOnlyTransaction) {
        this.store = store;
        this.readOnlyTransaction = readOnlyTransaction;
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
        String user = Username.check(username);
        String name = registered.collectionName();
        List<Playlist> playlists = readOnlyTransaction.execute(status -> {
            PlaylistCollection collection = store.find(user, name)
                    .orElseThrow(() -> ApiException.notFound(
                            "Collection " + name + " collection not found for " + GeneratorRequest.shown(user) + "."));
            return store.playlists(collection);
        });
        if (playlists.isEmpty()) {
            throw ApiException.notFound("No " + name + " playlists found for " + GeneratorRequest.shown(user) + ".");
        }
        return JsonEnvelope.ok(playlists);
    }
}
