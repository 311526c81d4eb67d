/**
 * The data of {@code ./moomoo demo}: a library of short synthetic tracks with MusicBrainz tags
 * ({@link org.moomoo.demo.DemoLibrary}, written by {@link org.moomoo.demo.DemoLibraryWriter}) and a
 * demo user's listening history as a ListenBrainz export ({@link org.moomoo.demo.DemoHistory}).
 */
package org.moomoo.demo;
