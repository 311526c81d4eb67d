/** The music library as mounted on this machine, and the mapping between its paths and the server's. */
package org.moomoo.client.library;
