/**
 * The admin API's JSON ({@code /__admin/connect/...}), once for both sides: the request bodies the admin client
 * sends and the server reads, and the answers the server writes and the client reads, as records; {@link
 * dev.connectconformance.simulator.admin.contract.AdminJson} writes and reads them with Jackson, the one place
 * that does. The server checks what it reads with the messages the routes have always given (see the admin
 * package); the shapes are documented in the admin table of docs/simulator.md. State documents are not here: they
 * are the state-file format ({@code statefile}).
 *
 * <p>A leaf: it imports nothing of the project, so the client and the server both depend on it and on nothing of
 * each other.
 */
package dev.connectconformance.simulator.admin.contract;
