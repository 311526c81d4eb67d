/** Who may call the API: the optional bearer token and the optional CORS origins. */
package org.moomoo.api.security;
