/**
 * Publishing a build: the runner's meta schema, the build schema's life, the move of every built
 * model into the target schema in one transaction, and the grants.
 */
package org.moomoo.models.publish;
